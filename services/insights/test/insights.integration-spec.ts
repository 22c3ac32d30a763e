import { TOPICS } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule } from '../src/app.module';
import { SERVICE_NAME } from '../src/service-name';
import { jobStory, RawEvents } from './support/job-events';

const CONSUMED = [TOPICS.jobPostings, TOPICS.jobApplications, TOPICS.jobMatches];

/** A month of this run's own, decades ahead: no other run's events fall on its days. */
function ownMonth(): (offset: number) => string {
  const year = 2040 + Math.floor(Math.random() * 50);
  const month = 1 + Math.floor(Math.random() * 12);
  return (offset: number) => new Date(Date.UTC(year, month - 1, 1 + offset)).toISOString().slice(0, 10);
}

const moduleFor = (kit: ServiceUnderTest['kit']) =>
  AppModule.register({ service: kit.service, auth: kit.auth }, { consumerGroup: kit.consumerGroup });

describe('insights: the bureau figures from the job events, on the real Kafka and FerretDB', () => {
  let service: ServiceUnderTest;
  let raw: RawEvents;
  let provincial: string;
  let day: (offset: number) => string;

  const figures = (authorization: string, query: Record<string, string>) =>
    service.http().get('/figures').query(query).set('authorization', authorization);
  const month = () => ({ from: day(0), to: day(27), period: 'month', by: 'district' });

  beforeAll(async () => {
    day = ownMonth();
    raw = new RawEvents();
    service = await startServiceForTest(moduleFor, { name: SERVICE_NAME, consumes: CONSUMED });
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
    for (const { envelope } of story) await service.handled(envelope);
    await new Promise((settle) => setTimeout(settle, 1500)); // room for the repeats to arrive and be skipped

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

  it('refuses a bad query naming the field, and other roles', async () => {
    const bad = await figures(provincial, { from: day(5), to: day(1) }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/from/);
    await figures(provincial, { from: '2026-02-30', to: day(1) }).expect(400);
    const veteran = service.bearer({ userId: uniqueName('vet'), role: 'veteran' });
    await figures(veteran, month()).expect(403);
  });
});
