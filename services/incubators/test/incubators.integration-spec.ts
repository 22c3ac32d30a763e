import { veteranErased } from '@vetlink/contracts';
import { uniqueName } from '@vetlink/testing';
import request from 'supertest';
import { IncubatorWorld, RUBRIC } from './support/incubator-world';
import { startIncubatorsProcess } from './support/instances';

describe('incubators on the real Kafka and FerretDB', () => {
  const world = new IncubatorWorld();
  const http = () => world.http();

  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.close();
  });

  it('walks application → review → admission → milestone → graduation, emitting the events in order', async () => {
    const baseId = await world.base({ workstation: 3 });
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const reviewerId = uniqueName('reviewer');
    const reviewer = world.service.bearer({ userId: reviewerId, role: 'mentor' });
    const { id, founder } = await world.inReview(programmeId, staff, [reviewerId]);

    await http()
      .post(`/applications/${id}/scores`)
      .set('authorization', reviewer)
      .send({ scores: { team: 5, market: 3, 'veteran-jobs': 4 }, comment: 'strong operator' })
      .expect(201);
    const decided = await http()
      .post(`/applications/${id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'accept', reason: 'credible team and a real customer' })
      .expect(201);
    expect(decided.body).toMatchObject({
      state: 'in-residence',
      decision: {
        outcome: 'accepted',
        reason: 'credible team and a real customer',
        review: { total: 4.2, spread: 0 },
      },
      residence: { units: [`unit:${baseId}:workstation:1`] },
    });

    const forFounder = await http()
      .get(`/applications/${id}`)
      .set('authorization', founder.bearer)
      .expect(200);
    expect(forFounder.body.decision.reason).toBe('credible team and a real customer');

    // A milestone links mentors the mentors service verified (known from its events), no one else.
    const milestone = {
      goal: 'First three paying farms',
      measure: 'customers',
      target: 3,
      dueOn: '2026-09-30',
    };
    const mentorId = await world.mentor();
    const unverified = await http()
      .post(`/applications/${id}/milestones`)
      .set('authorization', founder.bearer)
      .send({ ...milestone, mentorIds: [mentorId, reviewerId] })
      .expect(400);
    expect(unverified.body.issues).toEqual([
      { field: 'mentorIds.1', message: `${reviewerId} is not a verified mentor` },
    ]);
    const withMilestone = await http()
      .post(`/applications/${id}/milestones`)
      .set('authorization', founder.bearer)
      .send({ ...milestone, mentorIds: [mentorId] })
      .expect(201);
    expect(withMilestone.body.residence.milestones).toHaveLength(1);
    expect(withMilestone.body.residence.milestones[0].mentorIds).toEqual([mentorId]);
    const milestoneId = withMilestone.body.residence.milestones[0].id;
    await http()
      .post(`/applications/${id}/milestones/${milestoneId}/check-ins`)
      .set('authorization', staff)
      .send({ note: 'third contract signed', progress: 3, status: 'reached' })
      .expect(201);
    const graduated = await http()
      .post(`/applications/${id}/completion`)
      .set('authorization', staff)
      .send({
        ending: 'graduated',
        reason: 'cohort completed',
        outcomes: {
          companyRegistered: true,
          jobsCreated: 6,
          jobsForVeterans: 4,
          revenueBand: '100k-1m',
          fundingRaisedFen: 50_000_000,
          loansTaken: 1,
        },
      })
      .expect(201);
    expect(graduated.body.state).toBe('graduated');

    const events = await world.service.events!.waitFor((event) => event.envelope.key === id, 5, 30_000);
    expect(events.map((event) => event.envelope.type)).toEqual([
      'incubators.application-submitted',
      'incubators.application-decided',
      'incubators.startup-admitted',
      'incubators.milestone-reached',
      'incubators.startup-graduated',
    ]);
    expect(events[2].envelope.payload).toMatchObject({
      baseId,
      cityId: 'nanjing',
      units: [{ spaceType: 'workstation', unit: 1 }],
    });
    expect(events[4].envelope.payload).toMatchObject({
      ending: 'graduated',
      jobsCreated: 6,
      jobsForVeterans: 4,
    });

    const trail = await http()
      .get(`/applications/${id}/trail`)
      .set('authorization', world.officer)
      .expect(200);
    expect(trail.body.items.map((change: { to: string }) => change.to)).toEqual([
      'draft',
      'submitted',
      'screening',
      'in-review',
      'in-residence',
      'in-residence',
      'in-residence',
      'graduated',
    ]);
    // The unit is free again.
    expect(
      await world.service.connection.collection('claims').countDocuments({ applicationId: id, kind: 'unit' }),
    ).toBe(0);
  });

  it('admits exactly as many as there are free workstations under 20 concurrent admissions from three processes; 15 waitlisted in order', async () => {
    const baseId = await world.base({ workstation: 5 });
    const programmeId = await world.programme(baseId, { seats: 30 });
    const staff = await world.staffOf(baseId);
    const applications = await Promise.all(
      Array.from({ length: 20 }, () => world.inReview(programmeId, staff)),
    );
    // Three instances: this one and two child processes with connections of their own.
    const others = await Promise.all([0, 1].map((index) => startIncubatorsProcess(world.service.kit, index)));
    try {
      const responses = await Promise.all(
        applications.map(({ id }, index) =>
          (index % 3 === 0 ? http() : request(others[(index % 3) - 1].url))
            .post(`/applications/${id}/decision`)
            .set('authorization', staff)
            .send({ outcome: 'accept', reason: 'meets the bar' }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
      const states = responses.map((response) => response.body.state);
      expect(states.filter((state) => state === 'in-residence')).toHaveLength(5);
      expect(states.filter((state) => state === 'waitlisted')).toHaveLength(15);
      const places = responses
        .filter((response) => response.body.state === 'waitlisted')
        .map((response) => response.body.waitlistPosition)
        .sort((a: number, b: number) => a - b);
      expect(places).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
      const units = responses.flatMap((response) => response.body.residence?.units ?? []);
      expect(new Set(units).size).toBe(5);
    } finally {
      await Promise.all(others.map((other) => other.stop()));
    }

    // A startup leaves: the first on the waitlist moves up into its workstation, and only they do.
    const resident = (
      await http()
        .get(`/programmes/${programmeId}/applications?state=in-residence`)
        .set('authorization', staff)
    ).body.items[0];
    const first = (
      await http().get(`/programmes/${programmeId}/applications?state=waitlisted`).set('authorization', staff)
    ).body.items.find((application: { waitlistPosition: number }) => application.waitlistPosition === 1);
    await http()
      .post(`/applications/${resident.id}/completion`)
      .set('authorization', staff)
      .send({
        ending: 'exited',
        reason: 'moved to Suzhou',
        outcomes: {
          companyRegistered: false,
          jobsCreated: 0,
          jobsForVeterans: 0,
          revenueBand: 'none',
          fundingRaisedFen: 0,
          loansTaken: 0,
        },
      })
      .expect(201);
    const promoted = await http().get(`/applications/${first.id}`).set('authorization', staff).expect(200);
    expect(promoted.body).toMatchObject({
      state: 'in-residence',
      residence: { units: resident.residence.units },
    });
    const waiting = await http()
      .get(`/programmes/${programmeId}/applications?state=waitlisted`)
      .set('authorization', staff);
    expect(waiting.body.items).toHaveLength(14);
  }, 240_000);

  it('takes distinct units for a startup needing several, reclaims a unit left behind by a cut-short admission, and hides reviewers from the founder', async () => {
    const baseId = await world.base({ 'private-office': 3 });
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const claims = world.service.connection.collection<{ _id: string }>('claims');
    // An admission that claimed office 1 two minutes ago and never committed (its process died).
    await claims.insertOne({
      _id: `unit:${baseId}:private-office:1`,
      kind: 'unit',
      scope: `${baseId}:private-office`,
      number: 1,
      applicationId: 'f'.repeat(24),
      claimedAt: new Date(Date.now() - 120_000),
    } as never);
    const founder = await world.veteran();
    const draft = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(world.ventureBody(founder.id, { spaceNeed: { type: 'private-office', units: 3 } }))
      .expect(201);
    const id = draft.body.id;
    await http().post(`/applications/${id}/submit`).set('authorization', founder.bearer).expect(201);
    await http()
      .post(`/applications/${id}/screening`)
      .set('authorization', staff)
      .send({ reason: 'ok' })
      .expect(201);
    await http()
      .post(`/applications/${id}/review`)
      .set('authorization', staff)
      .send({ reviewerIds: [uniqueName('reviewer')] })
      .expect(201);
    const admitted = await http()
      .post(`/applications/${id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'accept', reason: 'needs the offices' })
      .expect(201);
    expect(admitted.body.state).toBe('in-residence');
    expect([...admitted.body.residence.units].sort()).toEqual(
      [1, 2, 3].map((n) => `unit:${baseId}:private-office:${n}`),
    );
    const seen = await http().get(`/applications/${id}`).set('authorization', founder.bearer).expect(200);
    expect(seen.body.reviewers).toBeUndefined();
    expect(seen.body.decision).toMatchObject({ outcome: 'accepted', reason: 'needs the offices' });
  });

  it("hides others' scores from a reviewer until they submit their own, and never counts a conflicted reviewer", async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const [a, b, c] = ['r-a', 'r-b', 'r-c'].map((name) => uniqueName(name));
    const bearer = (userId: string) => world.service.bearer({ userId, role: 'mentor' });
    const { id } = await world.inReview(programmeId, staff, [a, b, c]);

    await http()
      .post(`/applications/${id}/scores`)
      .set('authorization', bearer(a))
      .send({ scores: { team: 5, market: 5, 'veteran-jobs': 5 } })
      .expect(201);
    const early = await http().get(`/applications/${id}/scores`).set('authorization', bearer(b)).expect(403);
    expect(early.body.message).toMatch(/submit your own scores/);

    await http()
      .post(`/applications/${id}/scores`)
      .set('authorization', bearer(c))
      .send({ scores: { team: 1, market: 1, 'veteran-jobs': 1 } })
      .expect(201);
    await http()
      .post(`/applications/${id}/conflict-of-interest`)
      .set('authorization', bearer(c))
      .send({ reason: 'the founder is my cousin' })
      .expect(204);
    const afterOwn = await http()
      .post(`/applications/${id}/scores`)
      .set('authorization', bearer(b))
      .send({ scores: { team: 3, market: 3, 'veteran-jobs': 3 } })
      .expect(201);
    expect(afterOwn.body.summary).toMatchObject({ total: 4, spread: 2, conflicted: [c] });
    expect(
      afterOwn.body.summary.counted.map((entry: { reviewerId: string }) => entry.reviewerId).sort(),
    ).toEqual([a, b].sort());
    await http().get(`/applications/${id}/scores`).set('authorization', bearer(c)).expect(403);
    await http()
      .post(`/applications/${id}/scores`)
      .set('authorization', bearer(b))
      .send({ scores: { team: 5, market: 5, 'veteran-jobs': 5 } })
      .expect(409);
  });

  it('rejects with a reason the founder reads, waitlists at the next place, and lets a withdrawn venture apply again', async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const rejected = await world.inReview(programmeId, staff);
    await http()
      .post(`/applications/${rejected.id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'reject', reason: 'the market is too small for a cohort seat' })
      .expect(201);
    const seen = await http()
      .get(`/applications/${rejected.id}`)
      .set('authorization', rejected.founder.bearer)
      .expect(200);
    expect(seen.body).toMatchObject({
      state: 'rejected',
      decision: { outcome: 'rejected', reason: 'the market is too small for a cohort seat' },
    });
    const [decided] = await world.service.events!.waitFor(
      (event) =>
        event.envelope.key === rejected.id && event.envelope.type === 'incubators.application-decided',
    );
    expect(decided.envelope.payload).toMatchObject({
      decision: 'rejected',
      reason: 'the market is too small for a cohort seat',
    });

    const waiting = await world.inReview(programmeId, staff);
    const waitlisted = await http()
      .post(`/applications/${waiting.id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'waitlist', reason: 'good, but others first' })
      .expect(201);
    expect(waitlisted.body).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });

    const founder = await world.veteran();
    const body = world.ventureBody(founder.id, { ventureName: uniqueName('Twice Applied') });
    const first = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(body)
      .expect(201);
    await http()
      .post(`/applications/${first.body.id}/submit`)
      .set('authorization', founder.bearer)
      .expect(201);
    const second = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(body)
      .expect(201);
    const duplicate = await http()
      .post(`/applications/${second.body.id}/submit`)
      .set('authorization', founder.bearer)
      .expect(409);
    expect(duplicate.body.message).toMatch(/already applied to this programme/);
    await http()
      .post(`/applications/${first.body.id}/withdraw`)
      .set('authorization', founder.bearer)
      .send({ reason: 'rewriting the plan' })
      .expect(201);
    await http()
      .post(`/applications/${second.body.id}/submit`)
      .set('authorization', founder.bearer)
      .expect(201);

    // A venture claim left by a submission cut short two minutes ago does not block the venture.
    const abandoned = world.ventureBody(founder.id, { ventureName: uniqueName('Cut Short') });
    await world.service.connection.collection<{ _id: string }>('claims').insertOne({
      _id: `venture:${programmeId}:name:${abandoned.ventureName.toLowerCase()}`,
      kind: 'venture',
      scope: programmeId,
      applicationId: 'e'.repeat(24),
      claimedAt: new Date(Date.now() - 120_000),
    } as never);
    const retry = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(abandoned)
      .expect(201);
    await http()
      .post(`/applications/${retry.body.id}/submit`)
      .set('authorization', founder.bearer)
      .expect(201);
  });

  it('pages the lists with cursors: every item once, newest first, and a foreign cursor is a 400 naming it', async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const submitted = [];
    for (let index = 0; index < 5; index += 1) submitted.push((await world.submitted(programmeId)).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await http()
        .get(`/programmes/${programmeId}/applications`)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set('authorization', staff)
        .expect(200);
      seen.push(...page.body.items.map((application: { id: string }) => application.id));
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...submitted].reverse());

    // The trail pages oldest first; a cursor of another listing (or made up) is refused.
    const trail = await http()
      .get(`/applications/${submitted[0]}/trail`)
      .query({ limit: 1 })
      .set('authorization', staff)
      .expect(200);
    expect(trail.body.items.map((entry: { to: string }) => entry.to)).toEqual(['draft']);
    const foreign = await http()
      .get(`/programmes/${programmeId}/applications`)
      .query({ cursor: trail.body.nextCursor })
      .set('authorization', staff)
      .expect(400);
    expect(foreign.body.issues[0].field).toBe('cursor');
    const staffPage = await http()
      .get(`/bases/${baseId}/staff`)
      .query({ limit: 1 })
      .set('authorization', staff)
      .expect(200);
    expect(staffPage.body.items).toHaveLength(1);
    expect(staffPage.body.nextCursor).toEqual(expect.any(String));
  });

  it('answers 409 naming the current state for an illegal transition', async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const staff = await world.staffOf(baseId);
    const { id, founder } = await world.submitted(programmeId);
    const accept = await http()
      .post(`/applications/${id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'accept', reason: 'too early' })
      .expect(409);
    expect(accept.body.message).toMatch(/the application is submitted: cannot accept it/);
    const edit = await http()
      .patch(`/applications/${id}`)
      .set('authorization', founder.bearer)
      .send({ stage: 'growth' })
      .expect(409);
    expect(edit.body.message).toMatch(/the application is submitted/);
  });

  it('shows every eligibility rule with its reason, refuses to submit an ineligible draft, and one application per venture', async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId, {
      eligibility: {
        founderMustBeVeteran: true,
        registration: 'registered',
        industries: ['information-technology'],
      },
    });
    const notYet = await world.veteran(false);
    const draft = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', notYet.bearer)
      .send(world.ventureBody(notYet.id))
      .expect(201);
    const report = await http()
      .get(`/applications/${draft.body.id}/eligibility`)
      .set('authorization', notYet.bearer)
      .expect(200);
    expect(report.body.eligible).toBe(false);
    expect(report.body.rules).toEqual([
      expect.objectContaining({ rule: 'window', passed: true }),
      expect.objectContaining({
        rule: 'founder-is-veteran',
        passed: false,
        reason: expect.stringMatching(/service record/),
      }),
      expect.objectContaining({ rule: 'registration', passed: false }),
      expect.objectContaining({
        rule: 'industry',
        passed: false,
        reason: expect.stringMatching(/transport-logistics is not among them/),
      }),
      expect.objectContaining({ rule: 'space', passed: true }),
    ]);
    const refused = await http()
      .post(`/applications/${draft.body.id}/submit`)
      .set('authorization', notYet.bearer)
      .expect(409);
    expect(refused.body.message).toMatch(/not eligible: founder-is-veteran/);

    // Two founders racing to submit the same registered venture: one wins.
    const open = await world.programme(baseId);
    const code = '91350100M000100Y43';
    const founders = await Promise.all([world.veteran(), world.veteran()]);
    const drafts = await Promise.all(
      founders.map((founder) =>
        http()
          .post(`/programmes/${open}/applications`)
          .set('authorization', founder.bearer)
          .send(
            world.ventureBody(founder.id, {
              ventureName: 'Same Venture',
              registration: { registered: true, creditCode: code },
            }),
          )
          .expect(201),
      ),
    );
    const submits = await Promise.all(
      drafts.map((draft, index) =>
        http().post(`/applications/${draft.body.id}/submit`).set('authorization', founders[index].bearer),
      ),
    );
    expect(submits.map((response) => response.status).sort()).toEqual([201, 409]);
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const founder = await world.veteran();
    const applications = world.service.connection.collection('applications');
    const before = await applications.countDocuments({ founderId: founder.id });
    const badCode = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(
        world.ventureBody(founder.id, {
          registration: { registered: true, creditCode: '91350100M000100Y44' },
        }),
      )
      .expect(400);
    expect(badCode.body.issues).toEqual([
      expect.objectContaining({
        field: 'registration.creditCode',
        message: expect.stringMatching(/check character/),
      }),
    ]);
    const badFunding = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(world.ventureBody(founder.id, { fundingNeedFen: 10.5 }))
      .expect(400);
    expect(badFunding.body.issues).toEqual([expect.objectContaining({ field: 'fundingNeedFen' })]);
    const strangerInTeam = await http()
      .post(`/programmes/${programmeId}/applications`)
      .set('authorization', founder.bearer)
      .send(
        world.ventureBody(founder.id, {
          team: [{ name: 'Ghost', role: 'cto', veteran: true, veteranId: uniqueName('nobody') }],
        }),
      )
      .expect(400);
    expect(strangerInTeam.body.issues).toEqual([expect.objectContaining({ field: 'team.0.veteranId' })]);
    const badRubric = await http()
      .post(`/bases/${baseId}/programmes`)
      .set('authorization', await world.staffOf(baseId))
      .send({
        name: 'x',
        opensAt: new Date().toISOString(),
        closesAt: new Date().toISOString(),
        seats: 1,
        eligibility: {},
        rubric: [],
      })
      .expect(400);
    expect(badRubric.body.issues.map((issue: { field: string }) => issue.field)).toEqual(
      expect.arrayContaining(['rubric']),
    );
    expect(await applications.countDocuments({ founderId: founder.id })).toBe(before);
    // Staff of another base cannot open programmes here.
    const otherBase = await world.base();
    const forbidden = await http()
      .post(`/bases/${baseId}/programmes`)
      .set('authorization', await world.staffOf(otherBase))
      .send({
        name: 'x',
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + 1000).toISOString(),
        seats: 1,
        eligibility: {},
        rubric: RUBRIC,
      })
      .expect(403);
    expect(forbidden.body.message).toContain(baseId);

    // Base staff act only while an officer's grant at their base stands; a revocation works at once.
    const userId = uniqueName('staff');
    const staff = world.service.bearer({ userId, role: 'base-staff', organisationId: baseId });
    const ungranted = await http()
      .get(`/programmes/${programmeId}/applications`)
      .set('authorization', staff)
      .expect(403);
    expect(ungranted.body.message).toMatch(/has not granted you the staff role/);
    await http()
      .post(`/bases/${baseId}/staff`)
      .set('authorization', world.officer)
      .send({ userId })
      .expect(201);
    await http().get(`/programmes/${programmeId}/applications`).set('authorization', staff).expect(200);
    await http().delete(`/bases/${baseId}/staff/${userId}`).set('authorization', world.officer).expect(204);
    await http().get(`/programmes/${programmeId}/applications`).set('authorization', staff).expect(403);
  });

  it("exports a veteran's applications, and anonymises them on erasure keeping the counts", async () => {
    const baseId = await world.base();
    const programmeId = await world.programme(baseId);
    const { id, founder } = await world.submitted(programmeId);
    const before = await http().get('/personal-data/me').set('authorization', founder.bearer).expect(200);
    expect(before.body.sections.applications.founded).toEqual([
      expect.objectContaining({ application: expect.objectContaining({ id, founderId: founder.id }) }),
    ]);
    expect(before.body.sections.knownVeteran).toMatchObject({ _id: founder.id });

    const erasure = await world.service.publish(veteranErased, {
      veteranId: founder.id,
      revision: 2,
      erasedAt: new Date().toISOString(),
    });
    await world.service.handled(erasure);

    const after = await http().get('/personal-data/me').set('authorization', founder.bearer).expect(200);
    expect(after.body.sections).toEqual({
      applications: { founded: [], teamMemberOf: [] },
      knownVeteran: null,
    });
    const kept = await http().get(`/applications/${id}`).set('authorization', world.officer).expect(200);
    expect(kept.body).toMatchObject({
      state: 'submitted',
      venture: { name: 'erased', industry: 'transport-logistics' },
    });
    const everything = JSON.stringify(
      await world.service.connection.collection('application_changes').find({ applicationId: id }).toArray(),
    );
    expect(everything).not.toContain(founder.id);
    expect(JSON.stringify(kept.body)).not.toContain(founder.id);
  });
});
