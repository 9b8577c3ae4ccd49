/** What the auth middleware learnt about the caller, for handlers further down. */
export interface AuthInfo {
  userId: number;
  languageCode: string | null;
  startParam: string | null;
}

export type AppEnv = { Variables: { auth: AuthInfo } };
