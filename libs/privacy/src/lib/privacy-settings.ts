export const PRIVACY_SETTINGS = Symbol('PRIVACY_SETTINGS');

export interface PrivacySettings {
  /** The service's name, in the export and its file name. */
  service: string;
}
