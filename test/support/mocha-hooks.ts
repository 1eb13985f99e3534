import sinon from 'sinon';
import { stopSharedAzurite } from './azurite';

/** Root hooks for every spec: sinon's default sandbox is restored after each test; Azurite stops at the end. */
export const mochaHooks = {
  afterEach(): void {
    sinon.restore();
  },
  async afterAll(): Promise<void> {
    await stopSharedAzurite();
  },
};
