import { changesMatches } from './read-model-rules';

describe('profile changes that move matches', () => {
  it('recomputes matches only for profile changes that can move them', () => {
    expect(changesMatches(['notificationPreferences', 'completeness'])).toBe(false);
    expect(changesMatches(['completeness', 'derivedSkills'])).toBe(true);
    expect(changesMatches(['jobSeekingStatus'])).toBe(true);
  });
});
