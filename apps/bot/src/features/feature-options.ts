export interface FeatureOptions {
  /** An https URL checked by `httpsUrl`, or undefined when the web app is not configured. */
  webAppUrl: string | undefined;
}
