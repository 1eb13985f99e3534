/** A rendered Adaptive Card: plain JSON, ready to go into an attachment or an invoke response. */
export type CardPayload = Readonly<Record<string, unknown>>;
