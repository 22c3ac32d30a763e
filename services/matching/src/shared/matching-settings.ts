import { Global, Inject, Module, DynamicModule } from '@nestjs/common';
import type { MatchingSettings } from '../config';
import { DEFAULT_WEIGHTS, MatchPolicy } from '@vetlink/matching-score';

/** The tunable numbers of matching, from configuration (see config.ts and README.md). */
export interface MatchingTunables {
  policy: MatchPolicy;
  candidateLimit: number;
  maxPushesPerJob: number;
  maxPushesPerProfileChange: number;
  pushWindowHours: number;
}

export const MATCHING_TUNABLES = Symbol('MATCHING_TUNABLES');
export const InjectTunables = () => Inject(MATCHING_TUNABLES);

/** What "now" is: the wall clock, or a fixed time in tests. */
export abstract class Clock {
  abstract now(): Date;
}

class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export function tunablesFrom(settings: MatchingSettings): MatchingTunables {
  return {
    policy: {
      weights: DEFAULT_WEIGHTS,
      pushThreshold: settings.MATCH_PUSH_THRESHOLD,
      defaultRadiusKm: settings.MATCH_DEFAULT_RADIUS_KM,
    },
    candidateLimit: settings.MATCH_CANDIDATE_LIMIT,
    maxPushesPerJob: settings.MATCH_MAX_PUSHES_PER_JOB,
    maxPushesPerProfileChange: settings.MATCH_MAX_PUSHES_PER_PROFILE_CHANGE,
    pushWindowHours: settings.MATCH_PUSH_WINDOW_HOURS,
  };
}

@Global()
@Module({})
export class MatchingSettingsModule {
  static register(settings: MatchingSettings, clock?: Clock): DynamicModule {
    return {
      module: MatchingSettingsModule,
      providers: [
        { provide: MATCHING_TUNABLES, useValue: tunablesFrom(settings) },
        { provide: Clock, useValue: clock ?? new SystemClock() },
      ],
      exports: [MATCHING_TUNABLES, Clock],
    };
  }
}
