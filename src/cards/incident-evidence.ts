/**
 * Evidence lines for incident properties the domain model does not name (Resource Manager's requestor, duplicate-role and
 * principal-type fields, and any property of a future incident type), labelled in words: an admin reads
 * "Assigned by: Lee Gu (LeeG@contoso.com)", never "requestorId: e167…" or "assigneeType: User". Unescaped.
 */
const LABELS: Readonly<Record<string, string>> = {
  assigneeType: 'Principal type',
  duplicateRoles: 'Duplicate of',
  reason: 'Reason',
};

/** Shown as one "Assigned by" line, never as their own property names. */
const REQUESTOR = ['requestorDisplayName', 'requestorUserPrincipalName', 'requestorId'] as const;

const MAX_LINES = 3;

export function otherEvidence(properties: Readonly<Record<string, string | number | boolean>>): string[] {
  const lines: string[] = [];
  const requestor = requestorText(properties);
  if (requestor !== undefined) lines.push(`Assigned by: ${requestor}`);
  for (const [name, value] of Object.entries(properties)) {
    if ((REQUESTOR as readonly string[]).includes(name) || isIdBesideAName(name, properties)) continue;
    lines.push(`${LABELS[name] ?? labelOf(name)}: ${String(value)}`);
  }
  return lines.slice(0, MAX_LINES);
}

/** `Lee Gu (LeeG@contoso.com)`, the name or UPN alone, or the object id when that is all there is. */
function requestorText(properties: Readonly<Record<string, string | number | boolean>>): string | undefined {
  const [name, upn, id] = REQUESTOR.map((key) => (properties[key] === undefined ? undefined : String(properties[key])));
  if (name !== undefined && upn !== undefined && upn !== name) return `${name} (${upn})`;
  return name ?? upn ?? (id === undefined ? undefined : `object id ${id}`);
}

/** `somethingId` when `somethingDisplayName` or `somethingName` is there too: the name says it, the id adds nothing readable. */
function isIdBesideAName(name: string, properties: Readonly<Record<string, unknown>>): boolean {
  if (!name.endsWith('Id')) return false;
  const stem = name.slice(0, -2);
  return properties[`${stem}DisplayName`] !== undefined || properties[`${stem}Name`] !== undefined;
}

/** `someNewField` → `Some new field`. */
function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
