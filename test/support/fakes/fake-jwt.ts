/** An unsigned JWT-shaped token with these claims (for code that reads claims; Graph or the simulator checks signatures). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** A delegated Graph token of `oid` in `tid`, valid for `seconds` from `nowMs`. */
export function userToken(oid: string, tid: string, nowMs: number, seconds = 3600, upn = 'ada@contoso.example'): string {
  return fakeJwt({ oid, tid, upn, exp: Math.floor(nowMs / 1000) + seconds, scp: 'RoleManagementAlert.ReadWrite.Directory' });
}
