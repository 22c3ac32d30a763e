export const PRIVACY_SETTINGS = Symbol('PRIVACY_SETTINGS');

export interface PrivacySettings {
  /** The service's name, in the export and its file name. */
  service: string;
  /**
   * False in a process that neither serves HTTP nor consumes events (a queue worker): it still knows
   * the erased veterans and its holders, for writers that must not bring one back. Default true.
   */
  handlesRequests?: boolean;
}
