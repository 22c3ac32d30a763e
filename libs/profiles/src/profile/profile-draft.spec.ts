import { bareProfile, driverProfile } from '../testing/profile-fixtures';
import {
  applyDraft,
  applyPatch,
  contentOf,
  hasChanged,
  mergeDeclaredSkills,
  newProfile,
  ProfileDraft,
} from './profile-draft';

const verified = {
  verifiedBy: 'officer-1',
  verifiedAt: new Date('2026-11-02T00:00:00Z'),
  source: { kind: 'officer' as const },
};
const forkliftCourse = {
  courseId: 'course-1',
  runId: 'run-1',
  enrolmentId: 'enrolment-1',
  courseTitle: '叉车司机',
};
const completion = {
  ...forkliftCourse,
  trainingId: 'forklift-course',
  skillIds: ['forklift-operation'],
  certificateIds: ['forklift-licence'],
  attendancePercent: 95,
  recordedBy: 'officer-2',
  completedAt: new Date('2026-11-20T08:00:00Z'),
};

describe('writing a profile', () => {
  const {
    veteranId: _id,
    revision: _r,
    createdAt: _c,
    updatedAt: _u,
    skills,
    jobSeekingStatus: _s,
    notificationPreferences: _n,
    courseCompletions: _cc,
    ...rest
  } = driverProfile();
  const draft: ProfileDraft = { ...rest, skills: skills.map(({ skillId, level }) => ({ skillId, level })) };

  it('starts at revision 1, looking for work, with in-app notifications only', () => {
    const now = new Date('2026-11-28T01:00:00Z');
    const profile = newProfile('veteran-9', draft, now);
    expect(profile).toMatchObject({
      veteranId: 'veteran-9',
      revision: 1,
      jobSeekingStatus: 'actively-looking',
      createdAt: now,
    });
    expect(profile.notificationPreferences.channels).toEqual(['in-app']);
    expect(profile.skills[0]?.verification).toBeNull();
  });

  it('keeps status and notification choices a full replacement leaves out', () => {
    const current = contentOf(driverProfile({ jobSeekingStatus: 'employed' }));
    expect(applyDraft(current, draft).jobSeekingStatus).toBe('employed');
    expect(applyDraft(current, { ...draft, jobSeekingStatus: 'open' }).jobSeekingStatus).toBe('open');
  });

  it('replaces only the sections a patch names, and identity field by field', () => {
    const current = contentOf(driverProfile());
    const patched = applyPatch(current, { residence: null, identity: { phone: '13900001111' } });
    expect(patched.residence).toBeNull();
    expect(patched.identity).toEqual({ ...current.identity, phone: '13900001111' });
    expect(patched.serviceRecord).toEqual(current.serviceRecord);
  });

  it("keeps the bureau's record of completed courses through drafts and patches", () => {
    const current = contentOf(driverProfile({ courseCompletions: [completion] }));
    expect(applyDraft(current, draft).courseCompletions).toEqual([completion]);
    expect(applyPatch(current, { certificateIds: [] }).courseCompletions).toEqual([completion]);
    expect(newProfile('veteran-9', draft, new Date()).courseCompletions).toEqual([]);
  });

  it('sees no change when the same content is written again', () => {
    const current = contentOf(driverProfile());
    expect(hasChanged(current, applyDraft(current, draft))).toBe(false);
    expect(hasChanged(current, applyPatch(current, { trainingIds: [] }))).toBe(true);
  });

  describe('declared skills', () => {
    const previous = [
      { skillId: 'light-vehicle-driving', level: 4, verification: verified },
      { skillId: 'drone-piloting', level: 3, verification: verified },
    ];

    it('keeps a verification while the veteran keeps the level', () => {
      const merged = mergeDeclaredSkills(previous, [{ skillId: 'light-vehicle-driving', level: 4 }]);
      expect(merged).toEqual([{ skillId: 'light-vehicle-driving', level: 4, verification: verified }]);
    });

    it('drops the verification when the veteran claims another level', () => {
      const merged = mergeDeclaredSkills(previous, [{ skillId: 'drone-piloting', level: 5 }]);
      expect(merged).toEqual([{ skillId: 'drone-piloting', level: 5, verification: null }]);
    });

    it("keeps a course's verification, with its source, while the level stays", () => {
      const byCourse = { ...verified, source: { kind: 'course' as const, ...forkliftCourse } };
      const merged = mergeDeclaredSkills(
        [{ skillId: 'forklift-operation', level: 3, verification: byCourse }],
        [{ skillId: 'forklift-operation', level: 3 }],
      );
      expect(merged[0]?.verification).toEqual(byCourse);
    });

    it('starts new skills unverified', () => {
      expect(mergeDeclaredSkills([], [{ skillId: 'crop-spraying', level: 2 }])[0]?.verification).toBeNull();
    });
  });

  it('gives a bare profile only its identity', () => {
    expect(bareProfile().skills).toEqual([]);
  });
});
