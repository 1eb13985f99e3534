/** The Graph error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: { readonly date: string; readonly 'request-id': string; readonly 'client-request-id'?: string };
  };
}

export function graphErrorBody(
  code: string, message: string, requestId: string, clientRequestId: string | undefined,
): GraphErrorBody {
  const innerError = {
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'request-id': requestId,
    ...(clientRequestId === undefined ? {} : { 'client-request-id': clientRequestId }),
  };
  return { error: { code, message, innerError } };
}
