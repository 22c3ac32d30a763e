import { applicationStageChanged, applicationSubmitted, veteranHired } from '@vetlink/contracts';
import { sampleJob } from '../../postings/domain/job.fixture';
import { Application } from './application';
import { applicationSubmittedPayload, stageChangedPayload, veteranHiredPayload } from './application-events';

const application: Application = {
  id: '65f0c0ffee0000000000f00d',
  jobId: '65f0c0ffee0000000000abcd',
  employerId: 'org-shunda',
  veteranId: 'veteran-7',
  jobTitle: '安保队长',
  stage: 'offer',
  history: [],
  hirePending: false,
  submittedAt: new Date('2025-03-03T02:00:00.000Z'),
  updatedAt: new Date('2025-03-10T02:00:00.000Z'),
};

describe('application event payloads', () => {
  it('announces a submission, with where the job is', () => {
    expect(applicationSubmitted.payload.parse(applicationSubmittedPayload(application, sampleJob()))).toEqual(
      {
        applicationId: '65f0c0ffee0000000000f00d',
        jobId: '65f0c0ffee0000000000abcd',
        employerId: 'org-shunda',
        veteranId: 'veteran-7',
        jobTitle: '安保队长',
        submittedAt: '2025-03-03T02:00:00.000Z',
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
      },
    );
  });

  it('records a stage change from the current stage', () => {
    const at = new Date('2025-03-11T02:00:00.000Z');
    expect(
      applicationStageChanged.payload.parse(
        stageChangedPayload(application, { to: 'hired', by: 'employer', at }),
      ),
    ).toMatchObject({
      from: 'offer',
      to: 'hired',
      changedBy: 'employer',
      changedAt: '2025-03-11T02:00:00.000Z',
    });
  });

  it('describes a hire with the job as it was when the veteran was hired', () => {
    const payload = veteranHiredPayload(application, sampleJob(), new Date('2025-03-11T02:00:00.000Z'));
    expect(veteranHired.payload.parse(payload)).toEqual({
      applicationId: '65f0c0ffee0000000000f00d',
      jobId: '65f0c0ffee0000000000abcd',
      employerId: 'org-shunda',
      employerName: '南京顺达安保服务有限公司',
      veteranId: 'veteran-7',
      jobTitle: '安保队长',
      occupationId: 'security-team-leader',
      employmentType: 'full-time',
      cityId: 'nanjing',
      districtId: 'nanjing-jianye',
      salary: { min: 6000, max: 8500 },
      veteransOnly: false,
      veteranPriority: true,
      hiredAt: '2025-03-11T02:00:00.000Z',
      jobPostedAt: '2025-03-02T01:00:00.000Z',
    });
  });
});
