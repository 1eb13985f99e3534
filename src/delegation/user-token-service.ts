/** Who asks the token service, and the Teams SSO token an invoke carried (`value.authentication.token`), if any. */
export interface UserTokenRequest {
  /** The Teams/Bot Framework user id (`from.id`): the token service's key. */
  readonly userId: string;
  readonly aadObjectId?: string;
  readonly channelId: string;
  readonly ssoToken?: string;
}

/** What a sign-in prompt needs: the nominal sign-in link and the SSO resource Teams exchanges silently. */
export interface SignInResource {
  readonly signInLink: string;
  readonly tokenExchangeResource?: { readonly id?: string; readonly uri?: string; readonly providerId?: string };
}

/**
 * The token service behind the Azure Bot OAuth connection (the Bot Framework token service through
 * botbuilder, src/bot/bot-framework-tokens.ts; in `npm run dev` the dev stack's loopback stand-in).
 */
export interface UserTokenService {
  /** The user's delegated Graph token: exchanged from `ssoToken` when given, else the one the service holds; undefined = sign in. */
  token(request: UserTokenRequest): Promise<string | undefined>;
  signInResource(request: UserTokenRequest): Promise<SignInResource>;
  /** Drops the token the service holds for this user (the API refused it: 401), so the next exchange gets a new one. */
  signOut(request: UserTokenRequest): Promise<void>;
}
