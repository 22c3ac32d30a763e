import { profileCreated, veteranErased } from '@vetlink/contracts';
import { buildProfileSnapshot } from '@vetlink/profiles';
import { driverProfile } from '@vetlink/profiles/testing';
import { uniqueName, waitFor } from '@vetlink/testing';
import { ClaimsRepository } from '../src/sessions/claims.repository';
import { SessionReminders } from '../src/sessions/session-reminders';
import { SweepClaims } from '../src/sessions/use-cases/sweep-claims';
import { claimPlan } from '../src/sessions/domain/claims';
import { ALL_WEEK, MentorsHarness, shanghaiAt, startMentors } from './support/mentors-harness';

describe('mentors: booking on the real Kafka, FerretDB and Redis', () => {
  let mentors: MentorsHarness;

  beforeAll(async () => {
    // A short grace, so that the crash test need not wait two minutes; the sweep itself is run by hand.
    mentors = await startMentors({ CLAIM_GRACE_MS: 1500, CLAIM_SWEEP_INTERVAL_MS: 3_600_000 });
  });

  afterAll(async () => {
    await mentors?.close();
  });

  const written = async () => ({
    sessions: await mentors.count('sessions'),
    claims: await mentors.count('claims'),
  });

  it('books a free slot (201, times with +08:00) and sends mentors.session-booked', async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const start = shanghaiAt(3, 10);
    const booked = await mentors.book(veteranId, mentorId, start).expect(201);
    expect(booked.body).toMatchObject({
      mentorId,
      veteranId,
      status: 'booked',
      sequence: 0,
      start: expect.stringMatching(/T10:00:00\+08:00$/),
      meetingLink: 'https://meet.example.cn/wang',
    });
    const [event] = await mentors.service.events!.waitFor(
      (e) => e.envelope.type === 'mentors.session-booked' && e.envelope.payload.sessionId === booked.body.id,
    );
    expect(event.key).toBe(booked.body.id);
    // The place travels with the event: the booking e-mail's calendar invite is built from it.
    expect(event.envelope.payload).toMatchObject({
      mode: 'online',
      meetingLink: 'https://meet.example.cn/wang',
    });
    expect(event.envelope.payload).not.toHaveProperty('address');
    const verified = mentors.service.events!.ofType('mentors.mentor-verified');
    expect(verified.some((e) => e.envelope.payload.mentorId === mentorId)).toBe(true);

    const slots = await mentors
      .http()
      .get(`/mentors/${mentorId}/slots`)
      .query({ from: shanghaiAt(3, 8).toISOString(), to: shanghaiAt(3, 13).toISOString() })
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .expect(200);
    // 10:00-11:00 is booked, 11:00-11:15 its buffer; a new hour needs its own 15 minutes after it free.
    const starts = slots.body.slots.map((slot: { start: string }) => slot.start.slice(11, 16));
    expect(starts).toContain('08:45');
    expect(starts).not.toContain('09:00');
    expect(starts).not.toContain('10:30');
    expect(starts).not.toContain('11:00');
    expect(starts).toContain('11:15');
  });

  it('refuses an overlapping but not identical slot after the rules change (409)', async () => {
    const mentorId = await mentors.verifiedMentor();
    await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(4, 10)).expect(201);
    // The mentor now offers 45-minute sessions: 10:30 is a slot of the rules, but overlaps the booking.
    await mentors
      .http()
      .put(`/mentors/${mentorId}/availability`)
      .set('authorization', mentors.as(mentorId, 'mentor'))
      .send({ ...ALL_WEEK, sessionMinutes: [45], bufferAfterMinutes: 0 })
      .expect(200);
    const before = await written();
    const refused = await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(4, 10, 30)).expect(409);
    expect(refused.body.message).toContain('the mentor is not free at this time');
    expect(await written()).toEqual(before);
    await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(4, 11, 15)).expect(201);
  });

  it('refuses a veteran two sessions at the same time with two mentors, and more than K upcoming', async () => {
    const [first, second, third] = [
      await mentors.verifiedMentor(),
      await mentors.verifiedMentor(),
      await mentors.verifiedMentor(),
    ];
    const veteranId = uniqueName('veteran');
    await mentors.book(veteranId, first, shanghaiAt(5, 14)).expect(201);
    const clash = await mentors.book(veteranId, second, shanghaiAt(5, 14, 30)).expect(409);
    expect(clash.body.message).toBe('you already have a session at this time');
    const sameMentor = await mentors.book(veteranId, first, shanghaiAt(6, 9)).expect(409);
    expect(sameMentor.body.message).toContain('with this mentor');
    await mentors.book(veteranId, second, shanghaiAt(5, 16)).expect(201);
    const third3 = await mentors.book(veteranId, third, shanghaiAt(7, 9)).expect(409);
    expect(third3.body.message).toContain('you already hold 2 upcoming sessions');
  });

  it('refuses bad input with a 4xx naming the reason, writing nothing', async () => {
    const mentorId = await mentors.verifiedMentor({
      ...ALL_WEEK,
      horizonDays: 10,
      weeklyRules: ALL_WEEK.weeklyRules.map((rule) => ({ ...rule, start: '09:00', end: '17:00' })),
    });
    const veteranId = uniqueName('veteran');
    const before = await written();
    const past = await mentors.book(veteranId, mentorId, shanghaiAt(-1, 10)).expect(400);
    expect(past.body.issues).toEqual([{ field: 'start', message: expect.stringContaining('in-the-past') }]);
    const outside = await mentors.book(veteranId, mentorId, shanghaiAt(2, 20)).expect(400);
    expect(outside.body.issues[0].message).toContain('outside-availability');
    const far = await mentors.book(veteranId, mentorId, shanghaiAt(20, 10)).expect(400);
    expect(far.body.issues[0].message).toContain('beyond-horizon');
    const noOffset = await mentors.book(veteranId, mentorId, '2030-01-01T10:00:00').expect(400);
    expect(noOffset.body.issues[0].field).toBe('start');
    const forOther = await mentors
      .book(veteranId, mentorId, shanghaiAt(2, 10), { veteranId: 'someone-else' })
      .expect(403);
    expect(forOther.body.message).toContain('veteranId');

    const applicant = uniqueName('mentor');
    await mentors
      .http()
      .post('/mentors')
      .set('authorization', mentors.as(applicant, 'mentor'))
      .send({
        displayName: '李明',
        expertise: ['catering'],
        cityId: 'nanjing',
        modes: ['online'],
        meetingLink: 'https://meet.example.cn/li',
        bio: 'Runs three noodle restaurants in Nanjing and hires veterans.',
      })
      .expect(201);
    const unverified = await mentors.book(veteranId, applicant, shanghaiAt(2, 10)).expect(409);
    expect(unverified.body.message).toContain('only verified mentors take bookings');
    expect(await written()).toEqual(before);
  });

  it('frees the slot on cancel (bookable at once) and removes its reminders', async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const start = shanghaiAt(8, 15);
    const booked = await mentors.book(veteranId, mentorId, start).expect(201);
    const reminders = mentors.service.app.get(SessionReminders);
    expect(await reminders.pending({ id: booked.body.id, sequence: 0 })).toHaveLength(2);

    const cancelled = await mentors
      .http()
      .post(`/sessions/${booked.body.id}/cancellation`)
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .send({})
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledBy: 'veteran', sequence: 1 });
    expect(await reminders.pending({ id: booked.body.id, sequence: 0 })).toEqual([]);
    await mentors.book(uniqueName('veteran'), mentorId, start).expect(201);
    await mentors.service.events!.waitFor(
      (e) =>
        e.envelope.type === 'mentors.session-cancelled' && e.envelope.payload.sessionId === booked.body.id,
    );

    const ics = await mentors
      .http()
      .get(`/sessions/${booked.body.id}/calendar.ics`)
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .expect(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain('METHOD:CANCEL');
    expect(ics.text).toContain('SEQUENCE:1');
  });

  it("carries an in-person session's address in its events, as the served .ics has it as LOCATION", async () => {
    const address = '宿迁市宿城区洪泽湖路 88 号, 3 楼';
    const mentorId = await mentors.verifiedMentor(ALL_WEEK, {
      modes: ['in-person'],
      meetingLink: undefined,
      address,
    });
    const veteranId = uniqueName('veteran');
    const veteran = mentors.as(veteranId, 'veteran');
    const booked = await mentors.book(veteranId, mentorId, shanghaiAt(8, 9)).expect(201);
    expect(booked.body).toMatchObject({ mode: 'in-person', address });
    await mentors
      .http()
      .post(`/sessions/${booked.body.id}/reschedule`)
      .set('authorization', veteran)
      .send({ start: shanghaiAt(8, 11).toISOString() })
      .expect(200);
    await mentors
      .http()
      .post(`/sessions/${booked.body.id}/cancellation`)
      .set('authorization', veteran)
      .send({})
      .expect(200);
    const types = ['mentors.session-booked', 'mentors.session-rescheduled', 'mentors.session-cancelled'];
    const events = await mentors.service.events!.waitFor(
      (e) => types.includes(e.envelope.type) && e.envelope.payload.sessionId === booked.body.id,
      3,
    );
    for (const event of events) {
      expect(event.envelope.payload).toMatchObject({ mode: 'in-person', address });
      expect(event.envelope.payload).not.toHaveProperty('meetingLink');
    }
    const ics = await mentors
      .http()
      .get(`/sessions/${booked.body.id}/calendar.ics`)
      .set('authorization', veteran)
      .expect(200);
    expect(ics.text).toContain('LOCATION:宿迁市宿城区洪泽湖路 88 号\\, 3 楼');
  });

  it('reschedules by holding the new time first; the old time is free afterwards', async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const booked = await mentors.book(veteranId, mentorId, shanghaiAt(9, 10)).expect(201);
    const blocker = await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(9, 14)).expect(201);
    const taken = await mentors
      .http()
      .post(`/sessions/${booked.body.id}/reschedule`)
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .send({ start: shanghaiAt(9, 14, 30).toISOString() })
      .expect(409);
    expect(taken.body.message).toContain('not free');
    const moved = await mentors
      .http()
      .post(`/sessions/${booked.body.id}/reschedule`)
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .send({ start: shanghaiAt(9, 10, 30).toISOString() })
      .expect(200);
    expect(moved.body).toMatchObject({ sequence: 1, start: expect.stringMatching(/T10:30:00\+08:00$/) });
    // The reminders moved with it: the old version's are gone, the new one's wait.
    const reminders = mentors.service.app.get(SessionReminders);
    expect(await reminders.pending({ id: booked.body.id, sequence: 0 })).toEqual([]);
    expect(await reminders.pending({ id: booked.body.id, sequence: 1 })).toHaveLength(2);
    // 09:00-10:00 and its buffer to 10:15 need the block 10:00, which only the old time held.
    await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(9, 9)).expect(201);
    expect(blocker.body.status).toBe('booked');
    await mentors.service.events!.waitFor(
      (e) =>
        e.envelope.type === 'mentors.session-rescheduled' && e.envelope.payload.sessionId === booked.body.id,
    );
  });

  it('lets one of two simultaneous changes of a session through (the change token), with one event', async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const booked = await mentors.book(veteranId, mentorId, shanghaiAt(13, 10)).expect(201);
    const veteran = mentors.as(veteranId, 'veteran');
    const [cancel, move] = await Promise.all([
      mentors.http().post(`/sessions/${booked.body.id}/cancellation`).set('authorization', veteran).send({}),
      mentors
        .http()
        .post(`/sessions/${booked.body.id}/reschedule`)
        .set('authorization', veteran)
        .send({ start: shanghaiAt(13, 15).toISOString() }),
    ]);
    expect([cancel.status, move.status].sort()).toEqual([200, 409]);
    const session = await mentors.http().get(`/sessions/${booked.body.id}`).set('authorization', veteran);
    expect(session.body.sequence).toBe(1);
    const changes = (event: { envelope: { type: string; payload: { sessionId: string } } }) =>
      ['mentors.session-cancelled', 'mentors.session-rescheduled'].includes(event.envelope.type) &&
      event.envelope.payload.sessionId === booked.body.id;
    await mentors.service.events!.waitFor(changes);
    await new Promise((settle) => setTimeout(settle, 1000)); // room for a second one, were there one
    expect(mentors.service.events!.events.filter(changes)).toHaveLength(1);
    // Whichever won, exactly one time stays claimed: both 10:00 and 15:00 cannot be held.
    const free10 = (await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(13, 10))).status;
    const free15 = (await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(13, 15))).status;
    expect(cancel.status === 200 ? [free10, free15] : [free10, free15].sort()).toEqual(
      cancel.status === 200 ? [201, 201] : [201, 409],
    );
  });

  it('sweeps the claims a crash left between claiming and writing the booking', async () => {
    const mentorId = await mentors.verifiedMentor();
    const start = shanghaiAt(10, 9);
    const end = new Date(start.getTime() + 3600_000);
    const crashed = claimPlan({
      mentorId,
      veteranId: uniqueName('veteran'),
      start,
      end,
      blockedFrom: start,
      blockedUntil: new Date(end.getTime() + 15 * 60_000),
      limits: { upcomingPerVeteran: 2, maxPerDay: 20, maxPerWeek: 100 },
    });
    const claims = mentors.service.app.get(ClaimsRepository);
    for (const id of crashed.exact) await claims.tryClaim(id, 'a0a0a0a0a0a0a0a0a0a0a0a0', new Date(), end);
    // The process died here: no session holds these claims.
    await mentors.book(uniqueName('veteran'), mentorId, start).expect(409);
    await new Promise((settle) => setTimeout(settle, 1600)); // past the grace period
    const swept = await mentors.service.app.get(SweepClaims).execute();
    expect(swept.orphaned).toBeGreaterThanOrEqual(crashed.exact.length);
    await mentors.book(uniqueName('veteran'), mentorId, start).expect(201);
  });

  it('marks held, keeps private notes from the veteran, takes one rating and updates the mentor', async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const start = shanghaiAt(2, 9);
    const booked = await mentors.book(veteranId, mentorId, start).expect(201);
    const mentor = mentors.as(mentorId, 'mentor');
    const early = await mentors
      .http()
      .post(`/sessions/${booked.body.id}/outcome`)
      .set('authorization', mentor)
      .send({ outcome: 'held' })
      .expect(409);
    expect(early.body.message).toContain('record it after');
    mentors.clock.setTo(new Date(start.getTime() + 70 * 60_000));
    try {
      await mentors
        .http()
        .post(`/sessions/${booked.body.id}/outcome`)
        .set('authorization', mentor)
        .send({ outcome: 'held' })
        .expect(200);
    } finally {
      mentors.clock.reset();
    }
    await mentors
      .http()
      .put(`/sessions/${booked.body.id}/private-notes`)
      .set('authorization', mentor)
      .send({ text: 'Needs a business plan before the loan application.' })
      .expect(200);
    const veteran = mentors.as(veteranId, 'veteran');
    const seen = await mentors
      .http()
      .get(`/sessions/${booked.body.id}`)
      .set('authorization', veteran)
      .expect(200);
    expect(seen.body.privateNotes).toBeUndefined();
    await mentors
      .http()
      .post(`/sessions/${booked.body.id}/rating`)
      .set('authorization', veteran)
      .send({ stars: 4, comment: '很有帮助' })
      .expect(201);
    await mentors
      .http()
      .post(`/sessions/${booked.body.id}/rating`)
      .set('authorization', veteran)
      .send({ stars: 5 })
      .expect(409);
    const profile = await mentors
      .http()
      .get(`/mentors/${mentorId}`)
      .set('authorization', veteran)
      .expect(200);
    expect(profile.body.rating).toEqual({ average: 4, count: 1 });
    const attendance = await mentors
      .http()
      .get(`/veterans/${veteranId}/attendance`)
      .set('authorization', mentors.officer)
      .expect(200);
    expect(attendance.body).toEqual({ veteranId, held: 1, noShows: 0 });
  });

  it('sends a reminder when it is due (a short wait, by moving the clock), once', async () => {
    const mentorId = await mentors.verifiedMentor();
    const start = shanghaiAt(11, 10);
    // Three seconds before the 1-hour reminder; the 24-hour one is already past and not queued.
    mentors.clock.setTo(new Date(start.getTime() - 60 * 60_000 - 3000));
    let sessionId: string;
    try {
      sessionId = (await mentors.book(uniqueName('veteran'), mentorId, start).expect(201)).body.id;
    } finally {
      mentors.clock.reset();
    }
    const [reminder] = await mentors.service.events!.waitFor(
      (e) => e.envelope.type === 'mentors.session-reminder-due' && e.envelope.payload.sessionId === sessionId,
      1,
      30_000,
    );
    expect(reminder.envelope.payload).toMatchObject({
      minutesBefore: 60,
      sequence: 0,
      meetingLink: 'https://meet.example.cn/wang',
    });
  });

  it("exports a veteran's data and, on profiles.veteran-erased, cancels their bookings (slots free), anonymises and forgets them", async () => {
    const mentorId = await mentors.verifiedMentor();
    const veteranId = uniqueName('veteran');
    const start = shanghaiAt(12, 10);
    const booked = await mentors.book(veteranId, mentorId, start).expect(201);
    const exported = await mentors
      .http()
      .get('/personal-data/me')
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .expect(200);
    expect(exported.body.sections.sessions).toEqual([expect.objectContaining({ id: booked.body.id })]);
    expect(exported.body.sections.claims.length).toBeGreaterThan(0);
    expect(exported.body.sections).toHaveProperty('ratings');

    await mentors.publish(veteranErased, { veteranId, revision: 3, erasedAt: new Date().toISOString() });
    await waitFor(async () => (await mentors.count('sessions', { veteranId })) === 0, {
      timeoutMs: 60_000,
      what: 'the veteran to be erased',
    });
    const claims = await mentors.service.app.get(ClaimsRepository).withPrefix(`veteran:${veteranId}:`);
    expect(claims).toEqual([]);
    // The mentor is told the time is free, and keeps an anonymous record of it.
    const [cancelled] = await mentors.service.events!.waitFor(
      (e) =>
        e.envelope.type === 'mentors.session-cancelled' && e.envelope.payload.sessionId === booked.body.id,
    );
    expect(cancelled.envelope.payload).toMatchObject({
      cancelledBy: 'officer',
      reason: "the veteran's account was erased",
    });
    const kept = await mentors
      .http()
      .get(`/sessions/${booked.body.id}`)
      .set('authorization', mentors.as(mentorId, 'mentor'))
      .expect(200);
    expect(kept.body).toMatchObject({ veteranId: 'erased-veteran', status: 'cancelled', topic: '—' });
    await mentors.book(uniqueName('veteran'), mentorId, start).expect(201);
    const after = await mentors
      .http()
      .get('/personal-data/me')
      .set('authorization', mentors.as(veteranId, 'veteran'))
      .expect(200);
    const { 'profile-interests': interest, ...sections } = after.body.sections;
    expect(sections).toEqual({ sessions: [], claims: [], ratings: [] });
    expect(interest ?? []).toEqual([]); // one document per veteran: absent (null) once erased
  });

  it('finds mentors by expertise, city and free time, and follows the officer through suspension', async () => {
    const city = 'lianyungang';
    const profile = { expertise: ['agriculture'], cityId: city };
    const free = await mentors.verifiedMentor(ALL_WEEK, profile);
    const noHours = uniqueName('mentor');
    const veteran = mentors.as(uniqueName('veteran'), 'veteran');
    await mentors
      .http()
      .post('/mentors')
      .set('authorization', mentors.as(noHours, 'mentor'))
      .send({
        displayName: '赵农',
        expertise: ['agriculture'],
        cityId: city,
        modes: ['online'],
        meetingLink: 'https://meet.example.cn/zhao',
        bio: 'Grows rice and crayfish together on 200 mu near Donghai.',
      })
      .expect(201);
    // Not verified yet: hidden from veterans.
    await mentors.http().get(`/mentors/${noHours}`).set('authorization', veteran).expect(404);
    await mentors
      .http()
      .post(`/mentors/${noHours}/verification`)
      .set('authorization', mentors.officer)
      .expect(200);

    const ids = async (query: object) =>
      (
        await mentors.http().get('/mentors').query(query).set('authorization', veteran).expect(200)
      ).body.items.map((item: { id: string }) => item.id);
    expect(await ids({ expertise: 'agriculture', cityId: city })).toEqual(
      expect.arrayContaining([free, noHours]),
    );
    expect(await ids({ expertise: 'catering', cityId: city })).toEqual([]);
    expect(await ids({ expertise: 'agriculture', nearCityId: city, withinKm: 30 })).toEqual(
      expect.arrayContaining([free, noHours]),
    );
    expect(await ids({ expertise: 'agriculture', nearCityId: 'suzhou', withinKm: 50 })).not.toContain(free);
    const halfNear = await mentors
      .http()
      .get('/mentors')
      .query({ withinKm: 30 })
      .set('authorization', veteran)
      .expect(400);
    expect(halfNear.body.issues[0].field).toBe('withinKm');
    const window = { freeFrom: shanghaiAt(14, 9).toISOString(), freeTo: shanghaiAt(14, 12).toISOString() };
    expect(await ids({ expertise: 'agriculture', cityId: city, ...window })).toEqual([free]);
    const tooLong = await mentors
      .http()
      .get('/mentors')
      .query({ freeFrom: shanghaiAt(1, 9).toISOString(), freeTo: shanghaiAt(30, 9).toISOString() })
      .set('authorization', veteran)
      .expect(400);
    expect(tooLong.body.issues[0].field).toBe('freeTo');

    await mentors
      .http()
      .post(`/mentors/${free}/suspension`)
      .set('authorization', mentors.officer)
      .send({ reason: 'complaints under review' })
      .expect(200);
    const suspended = await mentors.book(uniqueName('veteran'), free, shanghaiAt(14, 10)).expect(409);
    expect(suspended.body.message).toContain('the mentor is suspended');
    expect(await ids({ expertise: 'agriculture', cityId: city })).toEqual([noHours]);
    const twice = await mentors
      .http()
      .post(`/mentors/${free}/suspension`)
      .set('authorization', mentors.officer)
      .send({ reason: 'again please' })
      .expect(409);
    expect(twice.body.message).toContain('the mentor is suspended: cannot suspend');
    await mentors
      .http()
      .post(`/mentors/${free}/reactivation`)
      .set('authorization', mentors.officer)
      .send({})
      .expect(200);
    await mentors.book(uniqueName('veteran'), free, shanghaiAt(14, 10)).expect(201);
    await mentors.http().post(`/mentors/${free}/verification`).set('authorization', veteran).expect(403);
  });

  it("counts a session in the veteran's home city on every event, the mentor's when the veteran's is not known", async () => {
    const mentorId = await mentors.verifiedMentor(ALL_WEEK, { cityId: 'suzhou' });
    const fromNanjing = uniqueName('veteran');
    await mentors.publish(profileCreated, buildProfileSnapshot(driverProfile({ veteranId: fromNanjing })));
    await waitFor(async () => (await mentors.count('veteran_interests', { _id: fromNanjing })) === 1, {
      timeoutMs: 60_000,
      what: 'the profile to arrive',
    });
    const booked = await mentors.book(fromNanjing, mentorId, shanghaiAt(16, 10)).expect(201);
    await mentors
      .http()
      .post(`/sessions/${booked.body.id}/cancellation`)
      .set('authorization', mentors.as(fromNanjing, 'veteran'))
      .send({})
      .expect(200);
    const unknownHome = await mentors.book(uniqueName('veteran'), mentorId, shanghaiAt(16, 14)).expect(201);
    const ofSession = (sessionId: string, type: string) =>
      mentors.service.events!.waitFor(
        (e) => e.envelope.type === type && e.envelope.payload.sessionId === sessionId,
      );
    for (const type of ['mentors.session-booked', 'mentors.session-cancelled']) {
      const [event] = await ofSession(booked.body.id, type);
      expect(event.envelope.payload.cityId).toBe('nanjing');
    }
    const [elsewhere] = await ofSession(unknownHome.body.id, 'mentors.session-booked');
    expect(elsewhere.envelope.payload.cityId).toBe('suzhou');
  });

  it('ranks mentors for a veteran from their profile event, with reasons', async () => {
    const veteranId = uniqueName('veteran');
    const driver = driverProfile({ veteranId });
    const near = await mentors.verifiedMentor(ALL_WEEK, {
      expertise: ['driving-transport', 'logistics'],
      cityId: 'nanjing',
      servedIn: 'army',
    });
    const online = await mentors.verifiedMentor(ALL_WEEK, {
      expertise: ['logistics'],
      cityId: 'suzhou',
      modes: ['online'],
      meetingLink: 'https://meet.example.cn/r/online',
    });
    const lawyer = await mentors.verifiedMentor(ALL_WEEK, { expertise: ['law-tax'], cityId: 'nanjing' });
    const veteran = mentors.as(veteranId, 'veteran');
    await mentors.http().get('/veterans/me/mentor-matches').set('authorization', veteran).expect(404);
    await mentors.publish(profileCreated, {
      ...buildProfileSnapshot(driver),
      desiredOccupationIds: ['truck-driver'],
    });
    const matches = await waitFor(
      async () => {
        const response = await mentors
          .http()
          .get('/veterans/me/mentor-matches?limit=50')
          .set('authorization', veteran);
        return response.status === 200 ? response.body : undefined;
      },
      { timeoutMs: 60_000, what: 'the profile to arrive' },
    );
    const mine = matches.items.find((item: { mentor: { id: string } }) => item.mentor.id === near);
    expect(mine.reasons).toEqual(
      expect.arrayContaining([
        expect.stringContaining('you want to work as Truck driver'),
        'in your city, Nanjing',
        'served in the army like you',
      ]),
    );
    expect(mine.why).toEqual(
      expect.arrayContaining([
        { kind: 'expertise', expertise: 'driving-transport', occupationId: 'truck-driver', wanted: true },
        { kind: 'same-city', cityId: 'nanjing' },
        { kind: 'same-branch', branch: 'army' },
      ]),
    );
    // Through the search index: only mentors whose expertise helps, the nearer one first; none other.
    const ranked = matches.items.map((item: { mentor: { id: string } }) => item.mentor.id);
    expect(ranked.indexOf(near)).toBeLessThan(ranked.indexOf(online));
    expect(ranked).not.toContain(lawyer);
    // A suspension reaches the index with the write: the mentor is no longer suggested.
    await mentors
      .http()
      .post(`/mentors/${near}/suspension`)
      .set('authorization', mentors.officer)
      .send({ reason: 'complaints under review' })
      .expect(200);
    const after = await mentors
      .http()
      .get('/veterans/me/mentor-matches?limit=50')
      .set('authorization', veteran);
    const remaining = after.body.items.map((item: { mentor: { id: string } }) => item.mentor.id);
    expect(remaining).toContain(online);
    expect(remaining).not.toContain(near);
    // Erasure forgets the read model too.
    await mentors.publish(veteranErased, { veteranId, revision: 2, erasedAt: new Date().toISOString() });
    await waitFor(async () => (await mentors.count('veteran_interests', { _id: veteranId })) === 0, {
      timeoutMs: 60_000,
      what: 'the interest to be erased',
    });
  });
});
