/** Seconds in an ISO 8601 day-time duration (`P30D`, `PT10S`, `P1DT2H`), as Edm.Duration allows; null otherwise. */
export function durationSeconds(value: string): number | null {
  const match = /^P(?:(\d{1,6})D)?(?:T(?:(\d{1,8})H)?(?:(\d{1,10})M)?(?:(\d{1,12}(?:\.\d{1,7})?)S)?)?$/.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) return null;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(days) * 86_400 + Number(hours) * 3_600 + Number(minutes) * 60 + Number(seconds);
}
