import assert from 'node:assert/strict';
import { renderBanner } from '../../../src/tools/dev/dev-banner';
import { botEnvironment } from '../../../src/tools/dev/bot-process';
import { demoRole } from '../../../src/tools/dev/demo-role';

const ALEX = '00000000-0000-0000-0000-00000000a1e1';
const OTHER = '11111111-1111-1111-1111-111111111111';
const defaults = { graphBaseUrl: 'http://127.0.0.1:5990', port: 3978, dataDir: '.data/dev', adminIds: [ALEX], pollIntervalSeconds: 30 };

/** `npm run dev`'s banner says what the Playground user may do, as the bot's environment decides it. */
describe('dev banner: the demo user role', () => {
  const banner = (env: NodeJS.ProcessEnv): string => renderBanner({
    playgroundUrl: 'http://p', botUrl: 'http://b', simulatorUrl: 'http://s', dataDir: 'd', userName: 'Alex Wilber',
    userRole: demoRole(ALEX, botEnvironment(defaults, env)),
  });

  it('the dev default makes the Playground user an admin, and the banner says so', () => {
    assert.match(banner({}), /You are Alex Wilber \(a PIM admin in this demo\)/);
  });

  it('PIM_ADMIN_IDS without Alex: the banner says reader, not admin', () => {
    const text = banner({ PIM_ADMIN_IDS: OTHER });
    assert.doesNotMatch(text, /a PIM admin in this demo/);
    assert.match(text, /You are Alex Wilber \(a reader, not a PIM admin: PIM_ADMIN_IDS leaves you out\)/);
  });

  it('readers restricted without Alex: not allowed to read; a group setting is named as the way in', () => {
    assert.match(demoRole(ALEX, { PIM_ADMIN_IDS: OTHER, PIM_READER_IDS: OTHER }), /^not allowed to read alerts/);
    assert.match(demoRole(ALEX, { PIM_ADMIN_IDS: OTHER, PIM_ADMIN_GROUP_ID: OTHER }), /unless a group setting lets you in$/);
    assert.equal(demoRole(ALEX.toUpperCase(), { PIM_ADMIN_IDS: ` ${OTHER}, ${ALEX}` }), 'a PIM admin in this demo');
  });

  it('WRITE_MODE=delegated without an allow-list (the npm run dev default): the simulated role decides, and the banner says which', () => {
    const delegated = { WRITE_MODE: 'delegated', PIM_ADMIN_IDS: '' };
    assert.match(demoRole(ALEX, botEnvironment({ ...defaults, adminIds: [] }, delegated), [{ role: 'Privileged Role Administrator', state: 'active' }]),
      /^a PIM admin in this demo: an active Privileged Role Administrator, and your changes run as you$/);
    assert.match(demoRole(ALEX, delegated, [{ role: 'Privileged Role Administrator', state: 'eligible' }]), /^eligible for Privileged Role Administrator, not active/);
    assert.match(demoRole(ALEX, delegated, [{ role: 'Security Reader', state: 'active' }]), /without a role that lets you change alerts/);
    assert.match(demoRole(ALEX, { WRITE_MODE: 'delegated', PIM_ADMIN_IDS: OTHER }), /^a reader, not a PIM admin/, 'an allow-list still gates');
  });
});
