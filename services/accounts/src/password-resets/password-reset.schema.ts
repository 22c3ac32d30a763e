import { codeSchemas } from '../one-time-codes/one-time-code.schema';

export const RESET_REQUEST_MODEL = 'PasswordResetRequest';
export const CURRENT_RESET_MODEL = 'CurrentPasswordReset';
export const RESET_ATTEMPT_MODEL = 'PasswordResetAttempt';
export const RESET_USE_MODEL = 'PasswordResetUse';

/**
 * Password-reset codes: `password_reset_requests` (each written with its
 * `accounts.password-reset-requested` event), `password_reset_current` (`_id` = account),
 * `password_reset_attempts` and `password_reset_uses` (unique inserts).
 */
export const resetSchemas = codeSchemas('password_reset');
