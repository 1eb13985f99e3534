import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/tools/repo-paths';
import { CLOCK_SHIFT_VARIABLE, shiftClock } from '../../src/tools/dev/shifted-clock';
import { startE2eStack, type E2eStack } from '../support/e2e/e2e-stack';
import { seedDayOfHistory } from '../support/e2e/seed-history';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results');
/** The README's card pictures (committed): every run of this test writes them again, so they show the cards as they are. */
const README_SHOTS = path.join(REPO_ROOT, '.github', 'screenshots');
const TOO_MANY = 'TooManyGlobalAdminsAssignedToTenantAlert';
/**
 * The wall clock of this run, in this process (the simulator, the seeded history) and in the bot: it starts at this
 * instant and runs on, so the pictures show the same dates every run (the digest is taken first, within its first minute)
 * and change only when the cards do.
 */
const PICTURE_TIME = Date.parse('2026-01-05T09:00:00Z');

/** A real browser (Debian chromium) drives the Playground's web UI against the real bot and simulator. */
describe('browser smoke: the Agents Playground in chromium', function () {
  this.timeout(120_000);
  let stack: E2eStack;
  let browser: BrowserContext;
  let profile: string;
  let restoreClock: (() => void) | undefined;

  before(async () => {
    const shiftMs = PICTURE_TIME - Date.now();
    restoreClock = shiftClock(shiftMs);
    // A day of history for the digest's chart; polls every 5 s so the notification test sees a rise quickly.
    stack = await startE2eStack({ POLL_INTERVAL_SECONDS: '5', [CLOCK_SHIFT_VARIABLE]: String(shiftMs) }, (dataDir) => seedDayOfHistory(dataDir, PICTURE_TIME));
    profile = mkdtempSync(path.join(tmpdir(), 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(README_SHOTS, { recursive: true });
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    for (const [index, page] of browser.pages().entries()) await page.screenshot({ path: path.join(SCREENSHOTS, `failure-${index}.png`) });
  });

  after(async () => {
    await browser?.close();
    await stack?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
    restoreClock?.();
  });

  it('renders the digest card: the incidents-over-time chart, or its text fallback where charts are not supported (screenshot; first: its period ends now)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'digest now');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: /digest/i }).last();
    await card.waitFor({ timeout: 20_000 });
    const shot = path.join(SCREENSHOTS, 'playground-digest.png');
    await card.screenshot({ path: shot });
    await keepForReadme(card, 'digest');
    const text = await card.innerText();
    const charted = (await card.locator('svg, canvas').count()) > 0;
    assert.ok(charted || /incidents? (over time|at \d|by hour)|no history|hour/i.test(text), `a chart or its fallback text, got: ${text}`);
    assert.ok(statSync(shot).size > 5_000, 'a real screenshot was written');
  });

  it('renders the alert card for "alert tooManyGlobalAdmins" and updates it in place after Refresh', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'alert tooManyGlobalAdmins');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents 1–\d+ of 7(?!\d)/ }).last();
    await card.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-alert-card.png') });
    await keepForReadme(card, 'alert-card');

    await stack.simulator.addIncidents((await stack.simulator.alert(TOO_MANY)).id, 2);
    await card.getByRole('button', { name: 'Refresh' }).click();
    const updated = page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents 1–\d+ of 9(?!\d)/ });
    await updated.waitFor({ timeout: 20_000 });
    const shot = path.join(SCREENSHOTS, 'playground-after-refresh.png');
    await page.screenshot({ path: shot });
    assert.equal(await page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents 1–\d+ of 7(?!\d)/ }).count(), 0, 'the old card was replaced, not added');
    assert.ok(statSync(shot).size > 10_000, 'a real screenshot was written');
  });

  it('shows help placeholders as written (italics): no &lt;alert&gt;, no dead link for HH:MM, every argument of exclude user', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'help');
    const footer = await lastMessageText(page, 'is a short key such as');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-help.png') });
    assert.match(footer, /alert is a short key/);
    assert.doesNotMatch(footer, /&lt;|&gt;/);
    assert.equal(await page.locator('a', { hasText: 'HH:MM' }).count(), 0, 'HH:MM is not a link');
    assert.match(await lastMessageText(page, 'never notify about break-glass'), /exclude user UPN\|id reason/);
  });

  it('renders severity badges on the alert list (screenshot for a contrast check)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'alerts');
    const list = page.locator('.ac-adaptiveCard').filter({ hasText: 'PIM security alerts' }).last();
    await list.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-alert-list.png') });
    await keepForReadme(list, 'alert-list');
  });

  it('Remediate on an incident asks for confirmation naming who loses which role; Cancel leaves it (screenshot)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'alert tooManyGlobalAdmins');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents 1–\d+ of \d+/ }).last();
    await card.waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Remediate', exact: true }).first().click();
    const confirm = page.locator('.ac-adaptiveCard').filter({ hasText: 'Requested by' }).last();
    await confirm.waitFor({ timeout: 20_000 });
    await keepForReadme(confirm, 'remediation-confirmation');
    assert.match(await confirm.innerText(), /Global Administrator/);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
  });

  it('alert list: "Show 4 without incidents" unfolds the inactive alerts and becomes "Hide"; an inactive alert opens (screenshot)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'alerts');
    const list = page.locator('.ac-adaptiveCard').filter({ hasText: 'PIM security alerts' }).last();
    await list.waitFor({ timeout: 20_000 });
    await list.getByRole('button', { name: /^Show 4 without incidents$/ }).click();
    await list.getByRole('button', { name: /^Hide$/ }).waitFor({ timeout: 5_000 });
    assert.equal(await list.getByRole('button', { name: /^Show 4/ }).count(), 0, 'the Show button is gone while unfolded');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-alert-list-unfolded.png') });
    await list.getByText('Roles are being activated too frequently').click();
    const opened = page.locator('.ac-adaptiveCard').filter({ hasText: 'Security impact' }).filter({ hasText: 'Roles are being activated too frequently' }).last();
    await opened.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-inactive-alert-opened.png') });
  });

  it('bulk remediation: tick two incidents, Remediate selected, one confirmation, the card ends with both named (screenshots)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'alert staleSignIn');
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents 1–3 of 3/ }).last();
    await card.waitFor({ timeout: 20_000 });
    const boxes = card.getByRole('checkbox', { name: 'Select' });
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    await card.getByRole('button', { name: 'Remediate selected' }).click();
    const confirm = page.locator('.ac-adaptiveCard').filter({ hasText: 'Remediate these 2 incidents?' }).last();
    await confirm.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-bulk-confirm.png') });
    await confirm.getByRole('button', { name: 'Confirm (2)' }).click();
    const again = page.locator('.ac-adaptiveCard').getByRole('button', { name: 'Yes, remediate all anyway' });
    const done = page.locator('.ac-adaptiveCard').filter({ hasText: /Remediated 2 of 2 by/ }).last();
    await Promise.race([again.waitFor({ timeout: 20_000 }).then(() => again.click()), done.waitFor({ timeout: 20_000 })]);
    await done.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-bulk-done.png') });
    assert.match(await done.innerText(), /Incidents 1–1 of 1/);
  });

  it('settings form: config staleSignIn opens the form; an invalid value comes back marked on the form, nothing saved; Save shows old → new (screenshots)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'config staleSignIn');
    const form = page.locator('.ac-adaptiveCard').filter({ hasText: 'Allowed: 1–365 days' }).last();
    await form.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-settings-form.png') });
    // 2.5 is within the input's range, so the client sends it; the bot takes whole days only and refuses it on the form.
    await form.getByRole('spinbutton').first().fill('2.5');
    await form.getByRole('button', { name: 'Save' }).click();
    const refused = page.locator('.ac-adaptiveCard').filter({ hasText: 'Nothing was saved: correct the values marked below.' }).last();
    await refused.waitFor({ timeout: 20_000 });
    assert.match(await refused.innerText(), /Days without sign-in\) must be a whole number: 1–365 days\./);
    assert.equal(await refused.getByRole('spinbutton').first().inputValue(), '2.5', 'the value as typed stays on the form');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-settings-invalid.png') });
    await refused.getByRole('spinbutton').first().fill('45');
    await refused.getByRole('button', { name: 'Save' }).click();
    const saved = page.locator('.ac-adaptiveCard').filter({ hasText: /Saved by .*Days without sign-in: 30 days → 45 days/ }).last();
    await saved.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-settings-saved.png') });
  });

  it('subscribe, then a rise of incidents posts the notification card within a poll (screenshot; last: it subscribes this chat)', async () => {
    const page = await browser.newPage();
    await page.goto(stack.dev.playgroundUrl);
    await send(page, 'subscribe');
    await lastMessageText(page, 'Subscribed');
    await stack.simulator.addIncidents((await stack.simulator.alert(TOO_MANY)).id, 1);
    const notification = page.locator('.ac-adaptiveCard').filter({ hasText: /Incidents rose/ }).last();
    await notification.waitFor({ timeout: 30_000 });
    await keepForReadme(notification, 'notification');
    assert.match(await notification.innerText(), /There are too many global administrators/);
  });
});

/** Writes the card's picture for the README (`.github/screenshots/<name>.png`) and checks it is a real one. */
async function keepForReadme(card: Locator, name: string): Promise<void> {
  const shot = path.join(README_SHOTS, `${name}.png`);
  // A page tall enough for the whole card: a scrolled card would be drawn under the Playground's sticky toolbar.
  const page = card.page();
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: viewport?.width ?? 1400, height: 3000 });
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: shot });
  if (viewport) await page.setViewportSize(viewport);
  assert.ok(statSync(shot).size > 5_000, `a real screenshot was written for ${name}`);
}

/** The visible text of the last bot message that contains `needle`. */
async function lastMessageText(page: Page, needle: string): Promise<string> {
  const message = page.getByText(needle, { exact: false }).last();
  await message.waitFor({ timeout: 20_000 });
  return message.innerText();
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[contenteditable=true]').first();
  await box.waitFor({ timeout: 20_000 });
  await box.click();
  await box.fill(text);
  await page.getByRole('button', { name: 'Send Message' }).click();
}
