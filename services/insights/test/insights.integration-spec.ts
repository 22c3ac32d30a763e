import { testEngines, uniqueName, waitFor } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { Workbook } from 'exceljs';
import { Kafka, logLevel } from 'kafkajs';
import { AppModule } from '../src/app.module';
import { CONSUMED_TOPICS } from '../src/rebuild/consumed-topics';
import { rebuildReadModel } from '../src/rebuild/rebuild-read-model';
import { topicEdges, type TopicPositions } from '../src/rebuild/replay-positions';
import { SERVICE_NAME } from '../src/service-name';
import { jobStory, RawEvents } from './support/job-events';
import { jobSideStory } from './support/job-side-events';
import { engagementStory } from './support/engagement-events';
import { digestPlaceStory } from './support/digest-place-events';
import { programmeStory } from './support/programme-events';
import { erasure, trainingStory, type TrainingStory } from './support/training-events';
import { TRAINING_OUTCOMES_COLLECTION } from '../src/figures/training-outcome.schema';
import { OutcomeMemoryRepository } from '../src/figures/outcome-memory.repository';
import { completionSide, hireSide, pairedClaimId, type OutcomeFact } from '../src/figures/domain/pairing';
import { applicationSide, tellingSide, type EngagementFact } from '../src/figures/domain/applied-after-told';
import { joinAndClaim } from '../src/figures/domain/join';
import { JoinMemoryRepository } from '../src/figures/join-memory.repository';
import { JOINED_FACTS_COLLECTION } from '../src/figures/joined-fact.schema';

/** A month of this run's own, decades ahead: no other run's events fall on its days. */
function ownMonth(): (offset: number) => string {
  const year = 2040 + Math.floor(Math.random() * 50);
  const month = 1 + Math.floor(Math.random() * 12);
  return (offset: number) => new Date(Date.UTC(year, month - 1, 1 + offset)).toISOString().slice(0, 10);
}

const moduleFor = (kit: ServiceUnderTest['kit']) =>
  AppModule.register({ service: kit.service, auth: kit.auth }, { consumerGroup: kit.consumerGroup });

type FiguresByCity = Record<string, Record<string, number>>;

/** A row of a `by: district` answer. */
interface DistrictRow {
  cityId: string;
  districtId: string;
  figures: Record<string, number>;
}

/** The rows of a `by: city` answer, by city. */
function figuresByCity(rows: { cityId: string; figures: Record<string, number> }[] = []): FiguresByCity {
  return Object.fromEntries(rows.map((row) => [row.cityId, row.figures]));
}

/**
 * Waits until the figures show the story's last events, then a moment longer: every event was sent twice,
 * and the repeats must arrive (and be skipped) before the figures are read.
 */
async function countedAndSettled(
  counted: () => Promise<boolean>,
  what: string,
  settleMs = 1500,
): Promise<void> {
  await waitFor(async () => ((await counted()) ? true : undefined), { timeoutMs: 60_000, what });
  await new Promise((settle) => setTimeout(settle, settleMs));
}

describe('insights: the bureau figures from the job and programme events, on the real Kafka and FerretDB', () => {
  let service: ServiceUnderTest;
  let raw: RawEvents;
  let provincial: string;
  let day: (offset: number) => string;
  /** Where each consumed topic ended before this test's events: a rebuild replays from here. */
  let starts: TopicPositions[];
  let training: TrainingStory;

  const figures = (authorization: string, query: Record<string, string>) =>
    service.http().get('/figures').query(query).set('authorization', authorization);
  const month = () => ({ from: day(0), to: day(27), period: 'month', by: 'district' });
  /** The training story's days (40 to 140): after the month the other stories fill. */
  const trainingDays = () => ({ from: day(40), to: day(140), period: 'total', by: 'city' });
  /** The job side's people (employers, digests, openings): days 150 to 152. */
  const jobSideDays = () => ({ from: day(150), to: day(152), period: 'total', by: 'city' });
  /** Applied after told: days 160 to 162. */
  const engagementDays = () => ({ from: day(160), to: day(162), period: 'total', by: 'city' });
  let engagement: ReturnType<typeof engagementStory>;
  /** Weekly digests by the veteran's home: days 170 to 172, by district. */
  const digestDays = () => ({ from: day(170), to: day(172), period: 'total', by: 'district' });
  let digestPlaces: ReturnType<typeof digestPlaceStory>;

  beforeAll(async () => {
    day = ownMonth();
    raw = new RawEvents();
    // Every topic it reads, the veterans' profiles (erasures) included: its group starts at their ends.
    service = await startServiceForTest(moduleFor, { name: SERVICE_NAME, consumes: CONSUMED_TOPICS });
    // Every topic the service reads: a replay from here reads this test's events only.
    starts = await topicEnds(CONSUMED_TOPICS);
    provincial = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'jiangsu-bureau',
    });
  });

  afterAll(async () => {
    await raw?.close();
    await service?.close();
  });

  it('counts a job’s story once, though every event arrives twice and in reverse order', async () => {
    const story = jobStory(day);
    await raw.send([...story].reverse());
    await raw.send(story);
    // The figures keep their own record of applied events (no ledger): wait for the last one to count.
    await countedAndSettled(async () => {
      const rows = (await figures(provincial, month())).body.rows;
      return rows?.[0]?.figures['positions-closed'] === 1 && rows[0].figures.applications === 3;
    }, 'the story counted');
    const ledgered = await service.connection.collection('processed_events').countDocuments({
      _id: { $in: story.map(({ envelope }) => `${service.groupId}/${envelope.eventId}`) } as never,
    });
    expect(ledgered).toBe(0);

    const answer = await figures(provincial, month()).expect(200);
    expect(answer.body.rows).toEqual([
      {
        period: day(0).slice(0, 7),
        cityId: 'nanjing',
        districtId: 'nanjing-jianye',
        figures: expect.objectContaining({
          'positions-posted': 1,
          'positions-posted-veteran-priority': 1,
          'positions-posted-veterans-only': 0,
          'job-pushes': 2,
          applications: 3,
          hires: 1,
          'hires-timed': 1,
          'average-days-to-hire': 9,
          'positions-filled': 1,
          'positions-closed': 1,
        }),
      },
    ]);
    expect(answer.body.definitions.hires.definition).toMatch(/jobs\.veteran-hired/);
  });

  it('lets a city bureau read its own city only, and exports CSV', async () => {
    const nanjing = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'nanjing',
    });
    const xuzhou = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'xuzhou',
    });
    await figures(xuzhou, { ...month(), cityId: 'nanjing' }).expect(403);
    const own = await figures(xuzhou, month()).expect(200);
    expect(own.body).toMatchObject({ cityId: 'xuzhou', rows: [] });
    const csv = await service
      .http()
      .get('/figures/export.csv')
      .query(month())
      .set('authorization', nanjing)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[2]).toMatch(new RegExp(`^${day(0).slice(0, 7)},nanjing,nanjing-jianye,1,`));
  });

  it('exports an Excel workbook: a title row, the figures, the definitions; a city bureau its city only', async () => {
    const nanjing = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'nanjing',
    });
    const xlsx = (query: Record<string, string>) =>
      service
        .http()
        .get('/figures/export.xlsx')
        .query(query)
        .set('authorization', nanjing)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
    await xlsx({ ...month(), cityId: 'xuzhou' }).expect(403);
    await xlsx({ ...month(), from: 'soon' }).expect(400);
    const file = await xlsx(month()).expect(200);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers['content-disposition']).toMatch(/filename="vetlink-figures\.xlsx"/);

    const workbook = new Workbook();
    await workbook.xlsx.load(file.body as never);
    const [figuresSheet, definitions] = workbook.worksheets;
    expect(figuresSheet.getCell('A1').value).toMatch(
      new RegExp(
        `^vetlink bureau figures ${day(0)}\\.\\.${day(27)} by month, nanjing by district, generated \\d{4}-`,
      ),
    );
    const header = figuresSheet.getRow(2).values as unknown[];
    const row = figuresSheet.getRow(3).values as unknown[];
    expect(row.slice(1, 4)).toEqual([day(0).slice(0, 7), 'nanjing', 'nanjing-jianye']);
    expect(row[header.indexOf('applications')]).toBe(3);
    expect(row[header.indexOf('average-days-to-hire')]).toBe(9);
    expect(definitions.name).toBe('definitions');
    const hires = definitions.getColumn(1).values.indexOf('hires');
    expect(definitions.getRow(hires).getCell(4).value).toMatch(/jobs\.veteran-hired/);
  });

  it('refuses a bad query naming the field, and other roles', async () => {
    const bad = await figures(provincial, { from: day(5), to: day(1) }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/from/);
    await figures(provincial, { from: '2026-02-30', to: day(1) }).expect(400);
    const veteran = service.bearer({ userId: uniqueName('vet'), role: 'veteran' });
    await figures(veteran, month()).expect(403);
  });

  it('counts the programme once, by city, those without a city under unknown', async () => {
    const story = programmeStory(day);
    await raw.send([...story].reverse());
    await raw.send(story);
    const total = () => figures(provincial, { ...month(), period: 'total', by: 'city' });
    const byCity = async () => figuresByCity((await total()).body.rows);
    await countedAndSettled(async () => {
      const cities = await byCity();
      return (
        cities.xuzhou?.['startups-graduated'] === 1 &&
        cities.nanjing?.['loans-closed'] === 1 &&
        cities.nanjing?.['mentor-sessions-held'] === 1 &&
        cities.unknown?.['mentor-sessions-cancelled'] === 1 &&
        cities.suzhou?.['mentors-verified'] === 1 &&
        cities.nanjing?.['loans-disbursed'] === 1
      );
    }, 'the programme counted');
    const cities = await byCity();
    expect(cities.xuzhou).toMatchObject({
      'incubation-applications': 2,
      'incubation-rejected': 1,
      'incubation-waitlisted': 1,
      'incubation-accepted': 1,
      'startups-admitted': 1,
      'startups-graduated': 1,
      'startups-exited': 0,
      'incubation-jobs-created': 12,
      'incubation-jobs-for-veterans': 5,
    });
    // The loan's every event and the Nanjing veteran's session name Nanjing.
    const nanjingProgramme = {
      'loan-applications': 1,
      'loans-approved': 1,
      'loans-rejected': 0,
      'loans-disbursed': 1,
      'loans-disbursed-fen': 30_000_000,
      'loans-closed': 1,
      'loan-interest-subsidised-fen': 412_345,
      'loan-instalments-overdue': 1,
      'loan-subsidies-forfeited': 0,
      'mentor-sessions-booked': 1,
      'mentor-sessions-held': 1,
      'mentor-sessions-no-show': 0,
    };
    expect(cities.nanjing).toMatchObject({ ...nanjingProgramme, hires: 1 });
    expect(cities.suzhou).toMatchObject({ 'mentors-verified': 1 });
    // The session booked before sessions named a city.
    expect(cities.unknown).toMatchObject({
      'loans-approved': 0,
      'loans-closed': 0,
      'mentor-sessions-booked': 1,
      'mentor-sessions-cancelled': 1,
      'mentor-sessions-held': 0,
    });
    const overdue = await figures(provincial, {
      from: day(15),
      to: day(15),
      period: 'day',
      by: 'city',
    }).expect(200);
    expect(overdue.body.rows).toEqual([
      expect.objectContaining({
        cityId: 'nanjing',
        figures: expect.objectContaining({ 'loan-instalments-overdue': 1 }),
      }),
    ]);
    expect(overdue.body.definitions['loans-disbursed-fen'].definition).toMatch(
      /loans\.loan-disbursed, principalFen/,
    );
    // A city's bureau sees its own city, not the figures kept under unknown: Nanjing's officers see the
    // loan's decision and the session of their veteran, Xuzhou's see neither.
    const officerOf = (organisationId: string) =>
      service.bearer({ userId: uniqueName('officer'), role: 'officer', organisationId });
    const own = await figures(officerOf('xuzhou'), { ...month(), period: 'total', by: 'city' }).expect(200);
    expect(own.body.rows.map((row: { cityId: string }) => row.cityId)).toEqual(['xuzhou']);
    expect(own.body.rows[0].figures).toMatchObject({
      'loans-approved': 0,
      'loans-closed': 0,
      'mentor-sessions-held': 0,
    });
    const nanjing = await figures(officerOf('nanjing'), { ...month(), period: 'total', by: 'city' }).expect(
      200,
    );
    expect(nanjing.body.rows.map((row: { cityId: string }) => row.cityId)).toEqual(['nanjing']);
    expect(nanjing.body.rows[0].figures).toMatchObject(nanjingProgramme);
  });

  it('counts a course run’s story and the completion → hire within 90 days once, redelivered and reversed', async () => {
    training = trainingStory(day);
    await raw.send([...training.events].reverse());
    await raw.send(training.events);
    const xuzhou = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'xuzhou',
    });
    const courses = (authorization: string, query: Record<string, string>) =>
      service.http().get('/figures/trainings/courses').query(query).set('authorization', authorization);
    const totals = async () =>
      ((await figures(xuzhou, trainingDays())).body.rows?.[0]?.figures ?? {}) as Record<string, number>;
    await countedAndSettled(
      async () => {
        const figures = await totals();
        return (
          figures['course-completions'] === 2 &&
          figures['course-completers-hired-90d'] === 1 &&
          figures['course-promoted-from-waitlist'] === 1 &&
          figures.hires === 2
        );
      },
      'the training story counted',
      2000,
    );
    expect(await totals()).toMatchObject({
      'course-runs-published': 1,
      'course-places-offered': 2,
      'course-enrolments': 3,
      'course-waitlisted': 1,
      'course-promoted-from-waitlist': 1,
      'course-enrolments-cancelled': 1,
      'course-completions': 2,
      'course-completers-hired-90d': 1,
      hires: 2,
    });
    // The pair is counted on the hire's day (89 days after the completion); the hire on day 136 is not.
    const onHireDay = await figures(xuzhou, { from: day(134), to: day(136), period: 'day', by: 'city' });
    expect(
      onHireDay.body.rows.map((row: { period: string; figures: Record<string, number> }) => [
        row.period,
        row.figures['course-completers-hired-90d'],
      ]),
    ).toEqual([
      [day(134), 1],
      [day(136), 0],
    ]);
    expect(onHireDay.body.definitions['course-completers-hired-90d'].definition).toMatch(/within 90 days/);

    const byCourse = await courses(xuzhou, { from: day(40), to: day(140) }).expect(200);
    expect(byCourse.body.cityId).toBe('xuzhou');
    expect(
      byCourse.body.rows.filter((row: { courseId: string }) => row.courseId === training.courseId),
    ).toEqual([
      {
        courseId: training.courseId,
        courseTitle: '叉车司机（N1）培训',
        cityId: 'xuzhou',
        figures: {
          'course-runs-published': 1,
          'course-places-offered': 2,
          'course-enrolments': 3,
          'course-waitlisted': 1,
          'course-promoted-from-waitlist': 1,
          'course-enrolments-cancelled': 1,
          'course-completions': 2,
          'course-completers-hired-90d': 1,
        },
      },
    ]);
    const nanjing = service.bearer({
      userId: uniqueName('officer'),
      role: 'officer',
      organisationId: 'nanjing',
    });
    await courses(nanjing, { from: day(40), to: day(140), cityId: 'xuzhou' }).expect(403);
    expect((await courses(nanjing, { from: day(40), to: day(140) }).expect(200)).body.rows).toEqual([]);
    const refused = await courses(xuzhou, { from: day(50), to: day(40) }).expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/from/);

    // The memory behind the pairing is personal data: an erasure forgets it, the counts stay.
    const remembered = (veteranId: string) =>
      service.connection.collection(TRAINING_OUTCOMES_COLLECTION).countDocuments({ veteranId });
    expect(await remembered(training.lateVeteran)).toBe(2); // a completion and a hire, never paired
    expect(await remembered(training.pairedVeteran)).toBe(3); // a completion, a hire and their claim
    await raw.send([erasure(training.lateVeteran, day)]);
    await waitFor(async () => ((await remembered(training.lateVeteran)) === 0 ? true : undefined), {
      timeoutMs: 30_000,
      what: 'the erased veteran forgotten',
    });
    expect(await remembered(training.pairedVeteran)).toBe(3);
    expect(await totals()).toMatchObject({ 'course-completions': 2, 'course-completers-hired-90d': 1 });
  });

  it('counts a completion and its hire once when both sides are paired at the same moment (concurrent writers on FerretDB)', async () => {
    const memory = service.app.get(OutcomeMemoryRepository).of<OutcomeFact>();
    const outcomes = service.connection.collection(TRAINING_OUTCOMES_COLLECTION);
    for (let round = 0; round < 5; round += 1) {
      const veteranId = uniqueName('veteran-race');
      const completion = {
        veteranId,
        enrolmentId: uniqueName('enrolment'),
        courseId: 'course-race',
        courseTitle: '电工培训',
        cityId: 'suqian',
        completedAt: `${day(45)}T02:00:00.000Z`,
      };
      const hire = {
        veteranId,
        applicationId: uniqueName('application'),
        hiredAt: `${day(60)}T02:00:00.000Z`,
      };
      // Each side writes itself, then reads the other: whichever sees the pair claims it, once.
      const [fromCompletion, fromHire] = await Promise.all([
        joinAndClaim(memory, completionSide(completion), `completion-${round}`),
        joinAndClaim(memory, hireSide(hire), `hire-${round}`),
      ]);
      expect(fromCompletion.length + fromHire.length).toBe(1);
      expect(await outcomes.countDocuments({ veteranId, claimedBy: { $exists: true } })).toBe(1);
    }
    // Twelve claimants of one completion at once: one holds it, every one is told which.
    const veteranId = uniqueName('veteran-race');
    const completion = {
      veteranId,
      enrolmentId: uniqueName('enrolment'),
      courseId: 'course-race',
      courseTitle: '电工培训',
      cityId: 'suqian',
      completedAt: `${day(45)}T02:00:00.000Z`,
    };
    const holders = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        memory.claim(pairedClaimId(completion), `claimant-${index}`, veteranId),
      ),
    );
    expect(new Set(holders).size).toBe(1);
    expect(holders[0]).toMatch(/^claimant-\d+$/);
  });

  it('counts employers registered and verified by city, digests sent and opened under unknown, a push opened in its job’s city, once', async () => {
    const story = jobSideStory(day);
    const byCity = async () =>
      figuresByCity((await figures(provincial, jobSideDays()).expect(200)).body.rows);
    // The openings first: the pushed job's posting has not arrived, so its opening is not placed yet.
    await raw.send([...story.events].reverse());
    await countedAndSettled(
      async () => (await byCity()).unknown?.['weekly-digests-opened'] === 1,
      'the openings read',
    );
    expect((await byCity()).xuzhou?.['job-pushes-opened'] ?? 0).toBe(0);
    // The job's posting arrives late, then everything again.
    await raw.send([story.posting]);
    await raw.send([...story.events, story.posting]);
    await countedAndSettled(async () => {
      const cities = await byCity();
      return (
        cities.xuzhou?.['employers-verified'] === 1 &&
        cities.nanjing?.['employers-registered'] === 1 &&
        cities.unknown?.['weekly-digests-sent'] === 1 &&
        cities.xuzhou?.['job-pushes-opened'] === 1 &&
        cities.unknown?.['weekly-digests-opened'] === 1
      );
    }, 'the job side counted');
    const cities = await byCity();
    expect(Object.keys(cities).sort()).toEqual(['nanjing', 'unknown', 'xuzhou']);
    expect(cities.xuzhou).toMatchObject({
      'employers-registered': 1,
      'employers-verified': 1,
      'positions-posted': 1,
      'job-pushes-opened': 1,
    });
    expect(cities.nanjing).toMatchObject({ 'employers-registered': 1, 'employers-verified': 0 });
    // The push of a job never posted is not counted; the digest has no place.
    expect(cities.unknown).toMatchObject({
      'weekly-digests-sent': 1,
      'weekly-digests-opened': 1,
      'job-pushes-opened': 0,
    });
    const openedDay = await figures(provincial, {
      from: day(152),
      to: day(152),
      period: 'day',
      by: 'district',
    });
    expect(openedDay.body.rows).toContainEqual(
      expect.objectContaining({
        cityId: 'xuzhou',
        districtId: 'xuzhou-gulou',
        figures: expect.objectContaining({ 'job-pushes-opened': 1 }),
      }),
    );
    const verifiedDay = await figures(provincial, {
      from: day(151),
      to: day(151),
      period: 'day',
      by: 'city',
    }).expect(200);
    expect(verifiedDay.body.rows.map((row: { cityId: string }) => row.cityId).sort()).toEqual([
      'unknown',
      'xuzhou',
    ]);
    expect(verifiedDay.body.definitions['employers-verified'].zh).toBe('认证用人单位数');
    expect(verifiedDay.body.definitions['job-pushes-opened'].definition).toMatch(/jobs\.job-posted/);
    expect(verifiedDay.body.definitions['weekly-digests-opened'].definition).toMatch(/under unknown/);
  });

  it('counts applications after a push or digest once, whichever side arrives first, a late push included', async () => {
    engagement = engagementStory(day);
    const suzhou = async () =>
      figuresByCity((await figures(provincial, engagementDays()).expect(200)).body.rows).suzhou ?? {};
    await raw.send(engagement.first);
    await countedAndSettled(
      async () => {
        const counted = await suzhou();
        return counted.applications === 4 && counted['applications-after-push'] === 1;
      },
      'the first applications counted',
      500,
    );
    // B's push of the day before its application arrives after it; D's push came after D applied.
    await raw.send(engagement.late);
    await countedAndSettled(async () => {
      const counted = await suzhou();
      return counted['applications-after-push'] === 2 && counted['applications-after-digest'] === 1;
    }, 'the late push and the digest counted');
    // The same events again, reversed: nothing more.
    await raw.send([...engagement.first, ...engagement.late].reverse());
    await countedAndSettled(async () => (await suzhou()).applications === 5, 'the repeats arrived', 3000);
    expect(await suzhou()).toMatchObject({
      applications: 5,
      'applications-after-told': 3,
      'applications-after-push': 2,
      'applications-after-digest': 1,
    });
    const answer = await figures(provincial, engagementDays()).expect(200);
    expect(answer.body.rows.map((row: { cityId: string }) => row.cityId)).toEqual(['suzhou']);
    expect(answer.body.definitions['applications-after-push'].definition).toMatch(/notifications\.job-told/);
  });

  it('counts an application and its push once when both sides are joined at the same moment (concurrent writers on FerretDB)', async () => {
    const memory = service.app.get(JoinMemoryRepository).of<EngagementFact>();
    const facts = service.connection.collection(JOINED_FACTS_COLLECTION);
    for (let round = 0; round < 5; round += 1) {
      const veteranId = uniqueName('veteran-race');
      const jobId = uniqueName('job-race');
      const [fromApplication, fromTelling] = await Promise.all([
        joinAndClaim(
          memory,
          applicationSide(veteranId, jobId, {
            kind: 'applied',
            applicationId: uniqueName('application'),
            submittedAt: `${day(161)}T03:00:00.000Z`,
            cityId: 'suzhou',
          }),
          `application-${round}`,
        ),
        joinAndClaim(
          memory,
          tellingSide(veteranId, jobId, {
            kind: 'told',
            notificationId: uniqueName('notification'),
            via: 'push',
            toldAt: `${day(160)}T03:00:00.000Z`,
          }),
          `told-${round}`,
        ),
      ]);
      // Told and after-push, once each, by whichever side claimed them.
      expect(fromApplication.length + fromTelling.length).toBe(2);
      expect(await facts.countDocuments({ veteranId, claimedBy: { $exists: true } })).toBe(2);
    }
  });

  it('counts weekly digests sent and opened in the veteran’s home city and district, once, seen by that city’s officers only', async () => {
    digestPlaces = digestPlaceStory(day);
    await raw.send([...digestPlaces].reverse());
    await raw.send(digestPlaces);
    const digests = (rows: DistrictRow[] = []) =>
      rows
        .map((row) => [
          row.cityId,
          row.districtId,
          row.figures['weekly-digests-sent'],
          row.figures['weekly-digests-opened'],
        ])
        .sort();
    const counted = async (authorization: string) =>
      digests((await figures(authorization, digestDays()).expect(200)).body.rows);
    const everywhere = [
      ['nanjing', 'nanjing-gulou', 1, 1],
      ['unknown', 'unknown', 1, 1],
      ['xuzhou', 'unknown', 1, 0],
    ];
    await countedAndSettled(
      async () => JSON.stringify(await counted(provincial)) === JSON.stringify(everywhere),
      'the digests counted by place',
    );
    expect(await counted(provincial)).toEqual(everywhere);

    const officerOf = (organisationId: string) =>
      service.bearer({ userId: uniqueName('officer'), role: 'officer', organisationId });
    const nanjing = officerOf('nanjing');
    const xuzhou = officerOf('xuzhou');
    expect(await counted(nanjing)).toEqual([['nanjing', 'nanjing-gulou', 1, 1]]);
    expect(await counted(xuzhou)).toEqual([['xuzhou', 'unknown', 1, 0]]);
    await figures(xuzhou, { ...digestDays(), cityId: 'nanjing' }).expect(403);
  });

  it('gives the same figures when rebuilt by replaying the topics into an empty database', async () => {
    const live = (await figures(provincial, { ...month(), period: 'day' }).expect(200)).body.rows;
    // The job: posted and pushed, three days of applications, hired and filled (5 rows). The programme's
    // days and places: day 10 (xuzhou, nanjing, suzhou, unknown), 11 (xuzhou, nanjing, unknown), 12
    // (xuzhou, nanjing), 14 (nanjing), 15 (nanjing), 20 (xuzhou, nanjing): 13 rows.
    expect(live).toHaveLength(18);
    // A database and consumer group of its own; the same token issuer (one verifier per process). The
    // operator's rebuild (scripts/rebuild-read-model.ts) replays into it, from this test's start.
    const rebuilt = new ServiceUnderTest(
      (kit) =>
        AppModule.register(
          { service: kit.service, auth: service.kit.auth },
          { consumerGroup: kit.consumerGroup },
        ),
      { name: SERVICE_NAME, consumes: [] },
    );
    try {
      const replay = await rebuildReadModel({
        config: { service: rebuilt.kit.service, auth: service.kit.auth },
        consumerGroup: rebuilt.kit.consumerGroup,
        from: starts,
        stallMs: 60_000,
      });
      expect(replay.groupId).toBe(rebuilt.groupId);
      // The two stories, each sent twice, at least (other runs may add their own meanwhile).
      expect(replay.replayed).toBeGreaterThanOrEqual(
        2 *
          (jobStory(day).length +
            programmeStory(day).length +
            training.events.length +
            jobSideStory(day).events.length +
            1 +
            digestPlaces.length) +
          engagement.first.length +
          engagement.late.length,
      );
      // The group carries on where the rebuild stopped: nothing left to read, the figures already there.
      await rebuilt.start();
      const rows = await rebuilt
        .http()
        .get('/figures')
        .query({ ...month(), period: 'day' })
        .set('authorization', provincial)
        .expect(200);
      expect(rows.body.rows).toEqual(live);
      // The training story: the same totals, the pair counted once though its two sides were replayed
      // from two topics in whatever order.
      const trainingRows = await rebuilt
        .http()
        .get('/figures')
        .query(trainingDays())
        .set('authorization', provincial)
        .expect(200);
      const liveTraining = await figures(provincial, trainingDays()).expect(200);
      expect(trainingRows.body.rows).toEqual(liveTraining.body.rows);
      // The job side's people: employers by city, digests under unknown, a push opened in its job's city.
      const jobSideRows = await rebuilt
        .http()
        .get('/figures')
        .query(jobSideDays())
        .set('authorization', provincial)
        .expect(200);
      const liveJobSide = await figures(provincial, jobSideDays()).expect(200);
      expect(jobSideRows.body.rows).toEqual(liveJobSide.body.rows);
      expect(jobSideRows.body.rows).toHaveLength(3);
      // Digests by the veteran's home: the same places, each counted once.
      const digestRows = await rebuilt
        .http()
        .get('/figures')
        .query(digestDays())
        .set('authorization', provincial)
        .expect(200);
      const liveDigests = await figures(provincial, digestDays()).expect(200);
      expect(digestRows.body.rows).toEqual(liveDigests.body.rows);
      expect(digestRows.body.rows).toHaveLength(3);
      // Applied after told: the same, though replayed from two topics in whatever interleaving.
      const engagementRows = await rebuilt
        .http()
        .get('/figures')
        .query(engagementDays())
        .set('authorization', provincial)
        .expect(200);
      const liveEngagement = await figures(provincial, engagementDays()).expect(200);
      expect(engagementRows.body.rows).toEqual(liveEngagement.body.rows);
      expect(engagementRows.body.rows).toEqual([
        expect.objectContaining({
          cityId: 'suzhou',
          figures: expect.objectContaining({
            applications: 5,
            'applications-after-told': 3,
            'applications-after-push': 2,
            'applications-after-digest': 1,
          }),
        }),
      ]);
      expect(trainingRows.body.rows).toEqual([
        expect.objectContaining({
          cityId: 'xuzhou',
          figures: expect.objectContaining({ 'course-completions': 2, 'course-completers-hired-90d': 1 }),
        }),
      ]);
    } finally {
      await rebuilt.close();
    }
  }, 240_000);
});

async function topicEnds(topics: readonly string[]) {
  const admin = new Kafka({
    clientId: 'it-insights-admin',
    brokers: testEngines.kafkaBrokers,
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    return await topicEdges(admin, topics, 'high');
  } finally {
    await admin.disconnect();
  }
}
