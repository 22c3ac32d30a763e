import { joinedFactSchema } from './joined-fact.schema';

export const TRAINING_OUTCOME_MODEL = 'TrainingOutcome';
export const TRAINING_OUTCOMES_COLLECTION = 'training_outcomes';

/**
 * What insights remembers of a veteran to pair a course completion with a hire within 90 days
 * (domain/pairing.ts): the join's documents (joined-fact.schema.ts) — a slot per completion
 * (`<veteran>|completed|<n>`) and per hire (`<veteran>|hired|<n>`), a claim per completion that paired
 * (`<veteran>|paired|<enrolmentId>`). Personal data: the privacy module exports and erases it by
 * `veteranId`; the counts made from it stay in the tallies. Documents written before the slots
 * (`<veteran>|completion|<enrolmentId>`, `…|hire|…`) are no longer read; their claims still hold.
 */
export const trainingOutcomeSchema = joinedFactSchema.clone().set('collection', TRAINING_OUTCOMES_COLLECTION);
