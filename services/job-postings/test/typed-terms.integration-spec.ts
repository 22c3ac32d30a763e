import { textOfTermId } from '@vetlink/taxonomy';
import { Actors, http, jobBody, registeredEmployer } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('a job drafted in the words employers use', () => {
  let service: TestApp;
  let employer: { organisationId: string; token: string };

  beforeAll(async () => {
    service = await startTestApp();
    employer = await registeredEmployer(service, new Actors(service));
  });

  afterAll(() => service?.close());

  it('resolves typed skills and certificate names, infers the occupation, keeps what it cannot place, and says how', async () => {
    const {
      occupationId: _picked,
      requiredSkills: _skills,
      preferredSkills: _preferred,
      ...rest
    } = jobBody();
    const response = await http(service)
      .post('/jobs')
      .set('authorization', employer.token)
      .send({
        ...rest,
        title: '重型牵引车司机',
        description: '负责南京至上海方向的干线甩挂运输，双驾轮换。',
        skills: ['牵引车驾驶', '车辆例行保养', '甩挂运输'],
        requiredCertificates: ['A2驾驶证', '危险品押运员证'],
      })
      .expect(201);
    expect(response.body.occupationId).toBe('tractor-trailer-driver');
    expect(response.body.requiredSkills).toEqual([
      { skillId: 'tractor-trailer-driving', level: 3 },
      { skillId: 'vehicle-daily-maintenance', level: 3 },
    ]);
    expect(response.body.skillTexts).toEqual(['甩挂运输']);
    const [licence, typed] = response.body.requiredCertificates;
    expect(licence).toBe('driving-licence-a2');
    expect(textOfTermId(typed)).toBe('危险品押运员证');
    expect(response.body.termResolution.kept).toEqual([
      { field: 'skills', text: '甩挂运输' },
      { field: 'requiredCertificates', text: '危险品押运员证' },
    ]);
    expect(response.body.termResolution.resolved).toContainEqual(
      expect.objectContaining({ field: 'occupationId', id: 'tractor-trailer-driver', method: 'inferred' }),
    );

    // Nothing typed is lost: the stored job shows it too.
    const stored = await http(service)
      .get(`/jobs/${response.body.id}`)
      .set('authorization', employer.token)
      .expect(200);
    expect(stored.body).toMatchObject({ skillTexts: ['甩挂运输'], requiredCertificates: [licence, typed] });
  });

  it('asks for an occupation when neither the title nor the skills say which', async () => {
    const {
      occupationId: _picked,
      requiredSkills: _skills,
      preferredSkills: _preferred,
      ...rest
    } = jobBody();
    const response = await http(service)
      .post('/jobs')
      .set('authorization', employer.token)
      .send({ ...rest, title: '急招', description: '待遇从优，欢迎来电。' })
      .expect(400);
    expect(response.body.issues).toEqual([
      { field: 'occupationId', message: expect.stringMatching(/pick an occupation/) },
    ]);
  });
});
