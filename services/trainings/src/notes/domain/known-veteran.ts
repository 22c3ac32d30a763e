/**
 * A veteran this service has heard of through `profiles.profile-created`: notes are kept only about
 * veterans with a profile. The masked display name is all it keeps of them (no personal data here).
 */
export interface KnownVeteran {
  id: string;
  displayName: string;
  knownSince: Date;
}
