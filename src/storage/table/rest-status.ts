/** The HTTP status of an Azure SDK RestError (undefined for anything else, e.g. a network failure). */
export function restStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}
