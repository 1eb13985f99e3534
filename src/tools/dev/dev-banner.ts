export interface BannerFacts {
  readonly playgroundUrl: string;
  readonly botUrl: string;
  readonly simulatorUrl: string;
  readonly userName: string;
  /** What this user may do in the demo, e.g. "a PIM admin in this demo" (src/tools/dev/demo-role.ts). */
  readonly userRole: string;
  readonly dataDir: string;
}

/** The "where to open it, what to type first" box printed once everything is ready. */
export function renderBanner(facts: BannerFacts): string {
  const lines = [
    'PIM Alerts for Teams is running locally.',
    '',
    `  Open the Microsoft 365 Agents Playground:  ${facts.playgroundUrl}`,
    `  You are ${facts.userName} (${facts.userRole}). Type:  alerts`,
    '  Then try: help, alert tooManyGlobalAdmins, subscribe, and the card buttons.',
    '',
    `  Bot:                ${facts.botUrl}/api/messages   (health: ${facts.botUrl}/healthz)`,
    `  PIM Graph simulator: ${facts.simulatorUrl}/beta   (control API: ${facts.simulatorUrl}/_simulator)`,
    `  Bot data:           ${facts.dataDir}`,
    '',
    '  Press Ctrl-C to stop everything.',
  ];
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const rule = `+${'-'.repeat(width)}+`;
  return [rule, ...lines.map((line) => `| ${line.padEnd(width - 1)}|`), rule].join('\n');
}
