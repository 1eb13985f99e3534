import { clockShiftOf, shiftClock } from './shifted-clock';

// `node --require` this file: the process runs with its wall clock moved by PIM_DEV_CLOCK_SHIFT_MS (see shifted-clock.ts).
const offsetMs = clockShiftOf(process.env);
if (offsetMs !== undefined) shiftClock(offsetMs);
