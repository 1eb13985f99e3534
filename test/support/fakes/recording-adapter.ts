import {
  ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';

/** A botbuilder adapter that records every send and update, and runs continued conversations in-process. */
export class RecordingAdapter extends BotAdapter {
  readonly sent: Partial<Activity>[] = [];
  readonly updated: Partial<Activity>[] = [];
  readonly continued: Partial<ConversationReference>[] = [];
  private nextId = 1;

  sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.sent.push(...activities);
    return Promise.resolve(activities.map(() => ({ id: `sent-${this.nextId++}` })));
  }

  updateActivity(_context: TurnContext, activity: Partial<Activity>): Promise<void> {
    this.updated.push(activity);
    return Promise.resolve();
  }

  deleteActivity(): Promise<void> {
    return Promise.resolve();
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    this.continued.push(reference);
    await logic(new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continue' }, reference, true)));
  }

  override continueConversationAsync(
    _botAppIdOrIdentity: unknown, reference: Partial<ConversationReference>,
    logicOrAudience: ((context: TurnContext) => Promise<void>) | string, maybeLogic?: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) return Promise.reject(new Error('no logic'));
    return this.continueConversation(reference, logic);
  }

  /** Runs `activity` through `run` as one turn. */
  async turn(activity: Partial<Activity>, run: (context: TurnContext) => Promise<void>): Promise<void> {
    await run(new TurnContext(this, activity));
  }

  get texts(): string[] {
    return this.sent.filter((activity) => activity.type === ActivityTypes.Message).map((activity) => activity.text ?? '');
  }

  get invokeResponses(): { status: number; body: { statusCode: number; type: string; value: unknown } }[] {
    return this.sent.filter((activity) => activity.type === ActivityTypes.InvokeResponse).map((activity) => activity.value as never);
  }
}
