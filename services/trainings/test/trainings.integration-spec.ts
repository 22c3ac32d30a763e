import { TOPICS, veteranErased } from '@vetlink/contracts';
import { uniqueName, waitFor } from '@vetlink/testing';
import { ServiceUnderTest, startServiceForTest } from '@vetlink/testing/service';
import { AppModule } from '../src/app.module';
import { KNOWN_VETERANS_COLLECTION } from '../src/notes/known-veteran.schema';
import { SERVICE_NAME } from '../src/service-name';
import { ProfileEvents } from './support/profile-events';

describe('trainings: notes about veterans, on the real Kafka and FerretDB', () => {
  let service: ServiceUnderTest;
  let profiles: ProfileEvents;
  let mentor: string;
  let officer: string;

  const notesOf = (veteranId: string) => `/veterans/${veteranId}/notes`;

  /** A veteran whose profile-created event the service has applied. */
  async function veteranWithProfile(): Promise<string> {
    const veteranId = uniqueName('veteran');
    await profiles.created(veteranId);
    await waitFor(
      async () => (await service.http().get(notesOf(veteranId)).set('authorization', officer)).ok,
      {
        timeoutMs: 60_000, // the consumer group's first join takes seconds
        what: `${veteranId} to be known`,
      },
    );
    return veteranId;
  }

  beforeAll(async () => {
    profiles = await new ProfileEvents().ready();
    service = await startServiceForTest(
      (kit) =>
        AppModule.register({ service: kit.service, auth: kit.auth }, { consumerGroup: kit.consumerGroup }),
      { name: SERVICE_NAME, consumes: [TOPICS.veteranProfiles] },
    );
    mentor = service.bearer({ userId: uniqueName('mentor'), role: 'mentor' });
    officer = service.bearer({ userId: uniqueName('officer'), role: 'officer' });
  });

  afterAll(async () => {
    await profiles?.close();
    await service?.close();
  });

  it('applies profiles.profile-created once, even when the event is delivered twice', async () => {
    const veteranId = uniqueName('veteran');
    const created = await profiles.created(veteranId);
    await profiles.deliver(created);
    const known = () =>
      service.connection
        .collection<{ _id: string }>(KNOWN_VETERANS_COLLECTION)
        .find({ _id: veteranId })
        .toArray();

    await waitFor(async () => (await known()).length > 0, {
      timeoutMs: 60_000,
      what: `${veteranId} to be known`,
    });
    await new Promise((settle) => setTimeout(settle, 1000)); // room for the second delivery to arrive
    expect(await known()).toEqual([
      { _id: veteranId, displayName: created.payload.displayName, knownSince: new Date(created.occurredAt) },
    ]);
  });

  it('keeps a note (201) that officers read, and that another mentor does not see', async () => {
    const veteranId = await veteranWithProfile();
    const written = await service
      .http()
      .post(notesOf(veteranId))
      .set('authorization', mentor)
      .send({ text: '  Wants to drive for a logistics firm near Jiangning.  ' })
      .expect(201);
    expect(written.body).toMatchObject({
      veteranId,
      text: 'Wants to drive for a logistics firm near Jiangning.',
    });

    const forOfficer = await service.http().get(notesOf(veteranId)).set('authorization', officer).expect(200);
    expect(forOfficer.body.items.map((note: { id: string }) => note.id)).toEqual([written.body.id]);
    const otherMentor = service.bearer({ userId: uniqueName('mentor'), role: 'mentor' });
    const forOtherMentor = await service
      .http()
      .get(notesOf(veteranId))
      .set('authorization', otherMentor)
      .expect(200);
    expect(forOtherMentor.body.items).toEqual([]);
  });

  it('answers 400 naming the field for an empty note', async () => {
    const veteranId = await veteranWithProfile();
    const response = await service
      .http()
      .post(notesOf(veteranId))
      .set('authorization', mentor)
      .send({ text: '   ' })
      .expect(400);
    expect(response.body.issues).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('exports what it keeps about a veteran, and forgets it when they are erased', async () => {
    const veteranId = await veteranWithProfile();
    await service
      .http()
      .post(notesOf(veteranId))
      .set('authorization', mentor)
      .send({ text: 'Met at the job fair.' })
      .expect(201);
    const veteran = service.bearer({ userId: veteranId, role: 'veteran' });
    const before = await service.http().get('/personal-data/me').set('authorization', veteran).expect(200);
    expect(before.body.sections.notes).toEqual([expect.objectContaining({ text: 'Met at the job fair.' })]);
    expect(before.body.sections.knownVeteran).toMatchObject({ _id: veteranId });

    const erasure = await service.publish(veteranErased, {
      veteranId,
      revision: 2,
      erasedAt: new Date().toISOString(),
    });
    await service.handled(erasure);

    const after = await service.http().get('/personal-data/me').set('authorization', veteran).expect(200);
    expect(after.body.sections).toEqual({ notes: [], knownVeteran: null });
  });

  it('answers 404 for a veteran it has no profile of, and 403 to a role that keeps no notes', async () => {
    const stranger = uniqueName('veteran');
    const unknown = await service
      .http()
      .post(notesOf(stranger))
      .set('authorization', mentor)
      .send({ text: 'hello' })
      .expect(404);
    expect(unknown.body.message).toContain(stranger);

    const veteran = service.bearer({ userId: stranger, role: 'veteran' });
    await service.http().get(notesOf(stranger)).set('authorization', veteran).expect(403);
  });
});
