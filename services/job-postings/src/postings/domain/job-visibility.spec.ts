import { canSeeJob, listingScope } from './job-visibility';

const veteran = { role: 'veteran' as const };
const employerA = { role: 'employer' as const, organisationId: 'org-a' };
const officer = { role: 'officer' as const, organisationId: 'bureau' };

describe('job visibility', () => {
  it('shows drafts only to their organisation and officers', () => {
    const draft = { status: 'draft' as const, employerId: 'org-a' };
    expect(canSeeJob(employerA, draft)).toBe(true);
    expect(canSeeJob(officer, draft)).toBe(true);
    expect(canSeeJob(veteran, draft)).toBe(false);
    expect(canSeeJob({ role: 'employer', organisationId: 'org-b' }, draft)).toBe(false);
  });

  it('shows published jobs to everyone signed in', () => {
    expect(canSeeJob(veteran, { status: 'open', employerId: 'org-a' })).toBe(true);
    expect(canSeeJob(veteran, { status: 'closed', employerId: 'org-a' })).toBe(true);
  });

  it('lists open jobs by default, and all of its own jobs to an organisation', () => {
    expect(listingScope(veteran, {})).toEqual({ statuses: ['open'], excludeDrafts: true });
    expect(listingScope(employerA, { employerId: 'org-a' })).toEqual({ excludeDrafts: false });
    expect(listingScope(employerA, { employerId: 'org-b' })).toEqual({
      statuses: ['open'],
      excludeDrafts: true,
    });
    expect(listingScope(officer, { status: 'draft' })).toEqual({ statuses: ['draft'], excludeDrafts: false });
  });

  it('never lists drafts to someone who may not see them, even when asked', () => {
    expect(listingScope(veteran, { status: 'draft' })).toEqual({ statuses: ['draft'], excludeDrafts: true });
  });
});
