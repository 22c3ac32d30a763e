import { uniqueName } from '@vetlink/testing';
import { Writable } from 'node:stream';
import { AppHarness, startApp } from './support/app-harness';
import { completeProfileBody, newIdentity, newIdNumber, newPhone } from './support/profile-bodies';

describe('personal data never reaches the logs', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  let harness: AppHarness;

  beforeAll(async () => {
    harness = await startApp({ logDestination: destination, logLevel: 'debug' });
  });

  afterAll(() => harness?.close());

  it('logs a whole request cycle (create, read, update, conflicts, bad input) without an ID number or phone', async () => {
    const veteranId = uniqueName('veteran');
    const veteran = harness.bearer(veteranId, 'veteran');
    const officer = harness.bearer('officer-1', 'officer');
    const identity = newIdentity('李卫国');
    const spacedPhone = `${identity.phone.slice(0, 3)} ${identity.phone.slice(3, 7)} ${identity.phone.slice(7)}`;
    const newPhoneNumber = newPhone();
    const invalidIdNumber = `${newIdNumber().slice(0, 17)}Z`;

    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', veteran)
      .send(completeProfileBody({ ...identity, phone: spacedPhone }))
      .expect(201);
    await harness.http().get('/profiles/me').set('Authorization', veteran).expect(200);
    await harness.http().get(`/profiles/${veteranId}`).set('Authorization', officer).expect(200);
    await harness
      .http()
      .get(`/profiles/${veteranId}`)
      .set('Authorization', harness.bearer('employer-1', 'employer'))
      .expect(200);
    await harness
      .http()
      .patch('/profiles/me')
      .set('Authorization', veteran)
      .send({ identity: { phone: newPhoneNumber } })
      .expect(200);
    await harness
      .http()
      .patch('/profiles/me/job-seeking-status')
      .set('Authorization', veteran)
      .send({ status: 'open' })
      .expect(200);
    await harness
      .http()
      .post('/profiles/lookup')
      .set('Authorization', officer)
      .send({ idNumber: identity.idNumber, reason: '核实贷款申请人身份' })
      .expect(200);
    await harness
      .http()
      .post(`/profiles/${veteranId}/identity-disclosures`)
      .set('Authorization', officer)
      .send({ reason: '联系退役军人确认面试时间' })
      .expect(201);
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', harness.bearer(uniqueName('veteran'), 'veteran'))
      .send(completeProfileBody({ ...newIdentity(), idNumber: identity.idNumber }))
      .expect(409);
    await harness
      .http()
      .put('/profiles/me')
      .set('Authorization', harness.bearer(uniqueName('veteran'), 'veteran'))
      .send(completeProfileBody({ ...newIdentity(), idNumber: invalidIdNumber }))
      .expect(400);

    await harness.http().get(`/profiles/${identity.idNumber}`).set('Authorization', officer).expect(404);
    await harness
      .http()
      .get(`/profiles/${identity.phone}?phone=${identity.phone}`)
      .set('Authorization', officer)
      .expect(404);

    const logged = lines.join('');
    expect(lines.filter((line) => line.includes('"statusCode"')).length).toBeGreaterThanOrEqual(11);
    for (const secret of [identity.idNumber, identity.phone, spacedPhone, newPhoneNumber, invalidIdNumber]) {
      expect(logged).not.toContain(secret);
    }
  });
});
