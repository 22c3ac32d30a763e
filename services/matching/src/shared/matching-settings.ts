import { DynamicModule, Global, Inject, Module } from '@nestjs/common';
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
  static register(settings: MatchingSettings): DynamicModule {
    return {
      module: MatchingSettingsModule,
      providers: [{ provide: MATCHING_TUNABLES, useValue: tunablesFrom(settings) }],
      exports: [MATCHING_TUNABLES],
    };
  }
}
