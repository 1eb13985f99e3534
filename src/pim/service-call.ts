import type { ErrorCode } from '../errors/error-codes';

/** How a 400 reads for a call (remediate: `notRemediatable`). */
export type BadRequestCode = Extract<ErrorCode, 'invalidInput' | 'notRemediatable'>;

/** One call to Microsoft Graph or Resource Manager, as their transports take it. */
export interface ServiceCall {
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Query included and already encoded; what it is relative to is each transport's own (see `GraphCall`, `ArmCall`). */
  readonly path: string;
  readonly body?: unknown;
  /** Names the call in logs and error details, e.g. `remediateIncident`; never shown. */
  readonly operation: string;
  readonly badRequestCode?: BadRequestCode;
}

/** A successful answer. */
export interface ServiceAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  readonly body: unknown;
}

/** What a failed answer looked like, for each source's error mapper to turn into an AppError. */
export interface ServiceFailure {
  readonly status: number;
  /** The call's method when the mapper words reads and writes apart (Resource Manager's 403). */
  readonly method?: ServiceCall['method'];
  readonly body: unknown;
  readonly requestId?: string;
  readonly operation: string;
  readonly badRequestCode?: BadRequestCode;
}
