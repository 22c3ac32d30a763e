import request from 'supertest';
import { IncubatorWorld } from './support/incubator-world';
import { startIncubatorsProcess } from './support/instances';

/** Units and seats raised and lowered by staff, never below what is allocated, under concurrent admissions. */
describe('capacity changes on the real Kafka and FerretDB', () => {
  const world = new IncubatorWorld();
  const http = () => world.http();

  beforeAll(async () => {
    await world.start();
  });

  afterAll(async () => {
    await world.close();
  });

  const accept = (staff: string, id: string, agent = http()) =>
    agent
      .post(`/applications/${id}/decision`)
      .set('authorization', staff)
      .send({ outcome: 'accept', reason: 'meets the bar' });

  it('refuses to lower units or seats below what is allocated, naming it; raising moves the waitlist up', async () => {
    const baseId = await world.base({ workstation: 4 });
    const programmeId = await world.programme(baseId, { seats: 30 });
    const staff = await world.staffOf(baseId);
    const admitted = [];
    for (let index = 0; index < 3; index += 1) {
      const { id } = await world.inReview(programmeId, staff);
      admitted.push((await accept(staff, id).expect(201)).body);
    }
    expect(admitted.map((body) => body.residence.units[0])).toEqual(
      [1, 2, 3].map((n) => `unit:${baseId}:workstation:${n}`),
    );

    const refused = await http()
      .put(`/bases/${baseId}/units/workstation`)
      .set('authorization', staff)
      .send({ units: 2 })
      .expect(409);
    expect(refused.body.message).toBe(
      `cannot lower workstations to 2: workstation 3 to application ${admitted[2].id} is allocated; free it first`,
    );
    const unchanged = await http().get(`/bases/${baseId}`).set('authorization', staff).expect(200);
    expect(unchanged.body.units.workstation).toBe(4);
    // Nothing left retired by the refused change: the fourth workstation is still free.
    const claims = world.service.connection.collection('claims');
    expect(
      await claims.countDocuments({ scope: `${baseId}:workstation`, applicationId: 'capacity-retired' }),
    ).toBe(0);

    // Lowered to what is allocated: the fourth is retired, so the next startup is waitlisted.
    const lowered = await http()
      .put(`/bases/${baseId}/units/workstation`)
      .set('authorization', staff)
      .send({ units: 3 })
      .expect(200);
    expect(lowered.body.units.workstation).toBe(3);
    const waiting = await world.inReview(programmeId, staff);
    expect((await accept(staff, waiting.id).expect(201)).body).toMatchObject({
      state: 'waitlisted',
      waitlistPosition: 1,
    });

    // Raised again: the first in line moves up into the fourth workstation.
    await http()
      .put(`/bases/${baseId}/units/workstation`)
      .set('authorization', staff)
      .send({ units: 4 })
      .expect(200);
    const promoted = await http().get(`/applications/${waiting.id}`).set('authorization', staff).expect(200);
    expect(promoted.body).toMatchObject({
      state: 'in-residence',
      residence: { units: [`unit:${baseId}:workstation:4`] },
    });

    // Seats: four are allocated, so three is refused naming seat 4's holder; four is accepted.
    const seats = await http()
      .put(`/programmes/${programmeId}/seats`)
      .set('authorization', staff)
      .send({ seats: 3 })
      .expect(409);
    expect(seats.body.message).toBe(
      `cannot lower seats to 3: seat 4 to application ${waiting.id} is allocated; free it first`,
    );
    const set = await http()
      .put(`/programmes/${programmeId}/seats`)
      .set('authorization', staff)
      .send({ seats: 4 })
      .expect(200);
    expect(set.body.seats).toBe(4);

    // Another base's staff may not change this one; bad input names the field and writes nothing.
    const stranger = await world.staffOf(await world.base());
    await http()
      .put(`/bases/${baseId}/units/workstation`)
      .set('authorization', stranger)
      .send({ units: 9 })
      .expect(403);
    const bad = await http()
      .put(`/bases/${baseId}/units/workstation`)
      .set('authorization', staff)
      .send({ units: -1 })
      .expect(400);
    expect(bad.body.issues.map((issue: { field: string }) => issue.field)).toEqual(['units']);
    await http()
      .put(`/bases/${baseId}/units/greenhouse`)
      .set('authorization', staff)
      .send({ units: 1 })
      .expect(400);
    expect((await http().get(`/bases/${baseId}`).set('authorization', staff)).body.units.workstation).toBe(4);
  }, 180_000);

  it('never allocates more units than the base has while admissions and lowerings race from two processes', async () => {
    const baseId = await world.base({ workstation: 6 });
    const programmeId = await world.programme(baseId, { seats: 30 });
    const staff = await world.staffOf(baseId);
    const applications = await Promise.all(
      Array.from({ length: 12 }, () => world.inReview(programmeId, staff)),
    );
    const other = await startIncubatorsProcess(world.service.kit, 0);
    try {
      const agent = (index: number) => (index % 2 === 0 ? http() : request(other.url));
      const changes = [3, 2, 5, 1].map((units, index) =>
        agent(index).put(`/bases/${baseId}/units/workstation`).set('authorization', staff).send({ units }),
      );
      const admissions = applications.map(({ id }, index) => accept(staff, id, agent(index)));
      const [changed, decided] = await Promise.all([Promise.all(changes), Promise.all(admissions)]);

      expect(decided.map((response) => response.status)).toEqual(Array(12).fill(201));
      for (const response of changed) {
        expect([200, 409]).toContain(response.status);
        if (response.status === 409)
          expect(response.body.message).toMatch(
            /^(cannot lower workstations to \d: workstation \d+ to application [0-9a-f]{24}|the workstations are being changed by another request)/,
          );
      }
      // Whatever order they ran in: every allocated workstation exists in the count the base ends with.
      const units = (await http().get(`/bases/${baseId}`).set('authorization', staff)).body.units.workstation;
      const held = decided.flatMap((response) => response.body.residence?.units ?? []) as string[];
      expect(new Set(held).size).toBe(held.length);
      expect(held.length).toBeLessThanOrEqual(units);
      for (const unit of held) expect(Number(unit.split(':').pop())).toBeLessThanOrEqual(units);
      expect(decided.filter((response) => response.body.state === 'in-residence')).toHaveLength(held.length);
      expect(decided.filter((response) => response.body.state === 'waitlisted')).toHaveLength(
        12 - held.length,
      );
    } finally {
      await other.stop();
    }
  }, 240_000);
});
