import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createTestTokenIssuer } from '@vetlink/testing';
import request from 'supertest';
import { AuthModule } from './auth.module';
import { CurrentPrincipal, Public, Roles } from './decorators';
import { Principal } from './principal';

@Controller()
class ProbeController {
  @Public()
  @Get('open')
  open() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @Roles('officer')
  @Get('bureau')
  bureau() {
    return { ok: true };
  }
}

describe('AuthModule guards', () => {
  const issuer = createTestTokenIssuer();
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot(issuer.authConfig)],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(() => app.close());

  it('lets anyone reach a public route', () => request(app.getHttpServer()).get('/open').expect(200));

  it('refuses a missing or bad token with 401', async () => {
    await request(app.getHttpServer()).get('/me').expect(401);
    await request(app.getHttpServer()).get('/me').set('authorization', 'Bearer nonsense').expect(401);
  });

  it('ignores identity claimed in plain headers', () =>
    request(app.getHttpServer())
      .get('/me')
      .set('x-user-id', 'officer-1')
      .set('x-role', 'officer')
      .expect(401));

  it('gives the verified caller to the handler', async () => {
    const token = issuer.mint({ userId: 'vet-7', role: 'veteran' });
    const response = await request(app.getHttpServer())
      .get('/me')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(response.body).toEqual({ userId: 'vet-7', role: 'veteran', tokenId: expect.any(String) });
  });

  it('enforces roles with 403', async () => {
    const veteran = issuer.mint({ userId: 'vet-7', role: 'veteran' });
    const officer = issuer.mint({ userId: 'off-1', role: 'officer', organisationId: 'bureau' });
    await request(app.getHttpServer()).get('/bureau').set('authorization', `Bearer ${veteran}`).expect(403);
    await request(app.getHttpServer()).get('/bureau').set('authorization', `Bearer ${officer}`).expect(200);
  });
});
