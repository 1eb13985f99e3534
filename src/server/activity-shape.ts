/** The least an incoming activity must have before the adapter sees it; anything else is a 400. */
export function activityShapeProblem(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON object (an activity).';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return 'The activity has no type.';
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\//i.test(activity.serviceUrl)) return 'The activity has no valid serviceUrl.';
  const conversation = activity.conversation as { id?: unknown } | null | undefined;
  if (typeof conversation !== 'object' || conversation === null || typeof conversation.id !== 'string') {
    return 'The activity has no conversation id.';
  }
  const from = activity.from as { id?: unknown } | null | undefined;
  if (from !== undefined && (typeof from !== 'object' || from === null || typeof from.id !== 'string')) return 'The activity sender is malformed.';
  return undefined;
}
