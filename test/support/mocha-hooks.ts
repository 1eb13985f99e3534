import sinon from 'sinon';

/** Root hooks for every spec: sinon's default sandbox is restored after each test. */
export const mochaHooks = {
  afterEach(): void {
    sinon.restore();
  },
};
