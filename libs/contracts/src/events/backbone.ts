import { z } from 'zod';
import { defineEvent } from '../lib/define-event';
import { TOPICS } from '../lib/topics';

/** A neutral event for the backbone's own tests and benchmark; no business meaning. */
export const probeRecorded = defineEvent({
  type: 'backbone.probe-recorded',
  version: 1,
  topic: TOPICS.backboneProbe,
  description: 'A probe aggregate recorded a step (backbone tests and benchmarks only).',
  payload: z.object({
    probeId: z.string().min(1),
    sequence: z.number().int().min(0),
    note: z.string().max(200).optional(),
  }),
  keyOf: (payload) => payload.probeId,
});
