import { courseCompleted, courseEnrolled, courseEnrolmentCancelled } from '@vetlink/contracts';
import type { Enrolment } from './enrolment';
import { cancelledPayload, completedPayload, enrolledPayload, RunContext } from './enrolment-events';

const at = new Date('2026-12-06T10:00:00+08:00');
const context: RunContext = {
  run: { id: 'run-1', startsOn: '2027-01-04', endsOn: '2027-01-29' },
  course: {
    id: 'course-1',
    title: '叉车操作培训',
    cityId: 'nanjing',
    trainingId: 'forklift-course',
    skillIds: ['forklift-operation', 'warehouse-operations'],
    certificateIds: ['forklift-licence'],
    mode: 'in-person',
    venue: '南京市江宁区天元中路 88 号 实训楼 2 层',
    provider: '南京市退役军人职业技能培训中心',
  },
};
const waitlisted: Enrolment = {
  id: 'e1',
  runId: 'run-1',
  courseId: 'course-1',
  veteranId: 'v1',
  status: 'waitlisted',
  waitlistPosition: 2,
  sequence: 0,
  enrolledAt: at,
  updatedAt: at,
};

describe('enrolment events', () => {
  it('says where a veteran stands, and that a seat came from the line', () => {
    const inLine = enrolledPayload(waitlisted, context, at);
    expect(inLine).toMatchObject({ status: 'waitlisted', waitlistPosition: 2, promotedFromWaitlist: false });
    expect(inLine).not.toHaveProperty('seatNo');
    const promoted = enrolledPayload(
      { ...waitlisted, status: 'enrolled', seatNo: 7, promotedAt: at },
      context,
      at,
    );
    expect(promoted).toMatchObject({ status: 'enrolled', seatNo: 7, promotedFromWaitlist: true });
    expect(promoted).not.toHaveProperty('waitlistPosition');
    expect(courseEnrolled.payload.parse(promoted)).toEqual(promoted);
  });

  it('says how and where the run is held, with no venue for an online course', () => {
    const seat = enrolledPayload({ ...waitlisted, status: 'enrolled', seatNo: 3 }, context, at);
    expect(seat).toMatchObject({
      mode: 'in-person',
      venue: '南京市江宁区天元中路 88 号 实训楼 2 层',
      provider: '南京市退役军人职业技能培训中心',
    });
    expect(courseEnrolled.payload.parse(seat)).toEqual(seat);
    const online = enrolledPayload(
      { ...waitlisted, status: 'enrolled', seatNo: 3 },
      { ...context, course: { ...context.course, mode: 'online', venue: undefined } },
      at,
    );
    expect(online).toMatchObject({ mode: 'online', provider: '南京市退役军人职业技能培训中心' });
    expect(online).not.toHaveProperty('venue');
  });

  it('carries what was given up', () => {
    const payload = cancelledPayload(waitlisted, context, 'veteran', at);
    expect(payload).toMatchObject({
      previousStatus: 'waitlisted',
      cancelledBy: 'veteran',
      courseTitle: '叉车操作培训',
    });
    expect(courseEnrolmentCancelled.payload.parse(payload)).toEqual(payload);
  });

  it('carries the skills and certificates earned on completion', () => {
    const payload = completedPayload(
      { ...waitlisted, status: 'enrolled', seatNo: 7 },
      context,
      { attendancePercent: 95, recordedBy: 'officer-1' },
      at,
    );
    expect(payload).toMatchObject({
      veteranId: 'v1',
      courseId: 'course-1',
      runId: 'run-1',
      trainingId: 'forklift-course',
      skillIds: ['forklift-operation', 'warehouse-operations'],
      certificateIds: ['forklift-licence'],
      completedAt: at.toISOString(),
    });
    expect(courseCompleted.payload.parse(payload)).toEqual(payload);
  });
});
