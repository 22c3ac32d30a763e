export type InvitationStatus = 'pending' | 'accepted' | 'expired';

/** Accepted once used, whatever the date; otherwise pending until it expires. */
export function invitationStatus(expiresAt: Date, accepted: boolean, now: Date): InvitationStatus {
  if (accepted) return 'accepted';
  return expiresAt.getTime() > now.getTime() ? 'pending' : 'expired';
}
