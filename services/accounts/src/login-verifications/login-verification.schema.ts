import { codeSchemas } from '../one-time-codes/one-time-code.schema';

export const VERIFICATION_REQUEST_MODEL = 'LoginVerificationRequest';
export const CURRENT_VERIFICATION_MODEL = 'CurrentLoginVerification';
export const VERIFICATION_ATTEMPT_MODEL = 'LoginVerificationAttempt';
export const VERIFICATION_USE_MODEL = 'LoginVerificationUse';

/**
 * Login-verification codes: `login_verification_requests` (each written with its
 * `accounts.login-verification-requested` event), `login_verification_current` (`_id` = the login's
 * subject, `verificationSubject`), `login_verification_attempts` and `login_verification_uses`.
 */
export const verificationSchemas = codeSchemas('login_verification');
