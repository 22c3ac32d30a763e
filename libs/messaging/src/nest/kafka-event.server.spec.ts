import { Controller } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { EventEnvelope, jobClosed, probeRecorded } from '@vetlink/contracts';
import { createLogger } from '@vetlink/logging';
import { lastValueFrom } from 'rxjs';
import { HandleEvent, PassEventErrorsThrough } from './handle-event.decorator';
import { KafkaEventServer, KafkaEventServerOptions } from './kafka-event.server';

/** Nothing here may reach Kafka or a database: claims are settled before any connection. */
function unconnectedServer(): KafkaEventServer {
  const untouchable = new Proxy(
    {},
    {
      get: (_, name) => {
        throw new Error(`touched ${String(name)}`);
      },
    },
  );
  return new KafkaEventServer({
    kafka: untouchable,
    producer: untouchable,
    ledger: untouchable,
    groupId: 'spec.events',
    logger: createLogger({ service: 'spec', level: 'silent' }),
    topicSettings: { partitions: 1, replicationFactor: 1 },
  } as KafkaEventServerOptions);
}

async function appWith(...controllers: (new () => object)[]) {
  const moduleRef = await Test.createTestingModule({ controllers }).compile();
  return moduleRef.createNestApplication({ logger: false });
}

@Controller()
class ProbeLedger {
  @HandleEvent(probeRecorded)
  async recorded(_event: EventEnvelope<{ probeId: string }>) {
    return undefined;
  }
}

@Controller()
class AnotherProbeLedger {
  @HandleEvent(probeRecorded)
  async alsoRecorded(_event: EventEnvelope<{ probeId: string }>) {
    return undefined;
  }
}

@Controller()
class Closures {
  @HandleEvent(jobClosed)
  async closed(_event: EventEnvelope<{ jobId: string }>) {
    return undefined;
  }

  @HandleEvent({ ...jobClosed, version: 2 })
  async closedV2(_event: EventEnvelope<{ jobId: string }>) {
    return undefined;
  }
}

describe('the Kafka event transport', () => {
  it('refuses to start when two handlers claim one event type and version', async () => {
    const app = await appWith(ProbeLedger, AnotherProbeLedger);
    expect(() => app.connectMicroservice({ strategy: unconnectedServer() })).toThrow(
      'two handlers claim backbone.probe-recorded v1 in consumer group spec.events',
    );
  });

  it('takes one handler per version of a type, and subscribes to what its handlers claim', async () => {
    const server = unconnectedServer();
    const app = await appWith(ProbeLedger, Closures);
    app.connectMicroservice({ strategy: server });
    expect(
      server
        .claimed()
        .map(({ type, version, topic }) => `${type} v${version} on ${topic}`)
        .sort(),
    ).toEqual([
      `backbone.probe-recorded v1 on ${probeRecorded.topic}`,
      `jobs.job-closed v1 on ${jobClosed.topic}`,
      `jobs.job-closed v2 on ${jobClosed.topic}`,
    ]);
  });

  it('starts no consumer when the service handles no events', async () => {
    const server = unconnectedServer();
    const app = await appWith();
    app.connectMicroservice({ strategy: server });
    await expect(app.startAllMicroservices()).resolves.toBe(app);
    await app.close();
  });

  it("hands a handler's own error back for retries and the dead-letter reason", async () => {
    const failure = new Error('read model unavailable');
    await expect(lastValueFrom(new PassEventErrorsThrough().catch(failure))).rejects.toBe(failure);
  });
});
