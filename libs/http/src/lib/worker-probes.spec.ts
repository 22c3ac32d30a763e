import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthModule } from '@vetlink/health';
import { MetricsModule } from '@vetlink/metrics';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenForProbes } from './worker-probes';

let redisAnswers = true;

@Injectable()
class RedisStandIn {
  constructor(private readonly indicators: HealthIndicatorService) {}
  async isReady() {
    const indicator = this.indicators.check('redis');
    return redisAnswers ? indicator.up() : indicator.down({ message: 'connection refused' });
  }
}

@Module({
  imports: [MetricsModule.forRoot({ service: 'recommendations' }), HealthModule.forRoot([RedisStandIn])],
})
class WorkerModule {}

describe('a worker’s probe listener', () => {
  let server: Server;
  let base: string;
  const close = [] as (() => Promise<unknown>)[];

  beforeAll(async () => {
    const context = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    close.push(() => context.close());
    server = await listenForProbes(context, { host: '127.0.0.1', port: 0 });
    close.push(() => new Promise((resolve) => server.close(resolve)));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const step of close.reverse()) await step();
  });

  it('answers /metrics in the text format, with the service label', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE vetlink_queue_jobs gauge');
    expect(text).toContain('service="recommendations"');
  });

  it('is live regardless of engines, ready only when they answer', async () => {
    redisAnswers = false;
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const down = await fetch(`${base}/health/ready`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { error: Record<string, unknown> }).error['redis']).toEqual({
      status: 'down',
      message: 'connection refused',
    });
    redisAnswers = true;
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  });

  it('serves nothing else', async () => {
    expect((await fetch(`${base}/docs`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });
});
