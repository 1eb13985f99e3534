import type { ErrorCode } from '../errors/error-codes';
import type { UseCaseResult } from '../use-cases/use-case-result';

/** A route's answer: the use case's result, a refusal (access), or a failure the user can read. */
export type RouteResult =
  | UseCaseResult
  | { readonly kind: 'refused'; readonly text: string }
  | { readonly kind: 'failed'; readonly code: ErrorCode | 'unknownVerb'; readonly text: string };

export const refusedResult = (text: string): RouteResult => ({ kind: 'refused', text });
export const failedResult = (code: ErrorCode | 'unknownVerb', text: string): RouteResult => ({ kind: 'failed', code, text });
