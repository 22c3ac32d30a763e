import type { Type } from '@nestjs/common';
import { Clock, systemClock } from '@vetlink/clock';
import type { AuthConfig } from '@vetlink/config';
import type { ReadinessIndicator } from '@vetlink/health';
import type { LoggerSettings } from '@vetlink/logging';
import { ConsumerSettings, KafkaReadiness, MessagingSettings } from '@vetlink/messaging';
import { MongoReadiness, PersistenceSettings } from '@vetlink/persistence';
import type { PrivacyModule } from '@vetlink/privacy';
import { QueuesSettings, RedisReadiness } from '@vetlink/queues';

/** What every process reads from its environment (httpConfigSchema of @vetlink/config). */
export interface PlatformEnv {
  LOG_LEVEL: string;
}

/** A service that keeps data and exchanges events: httpConfigSchema + engineConfigSchema + its database. */
export interface EngineEnv extends PlatformEnv {
  MONGODB_URI: string;
  MONGODB_DATABASE: string;
  KAFKA_BROKERS: string[];
  KAFKA_TOPIC_PARTITIONS: number;
  KAFKA_REPLICATION_FACTOR: number;
}

export type Readiness = Type<ReadinessIndicator>;

/** PrivacyModule's settings (its lib exports the module only). */
type PrivacySettings = Parameters<typeof PrivacyModule.forRoot>[0];

interface CommonOptions {
  /** The service's name (SERVICE_NAME): in its logs, Kafka client id, consumer group prefix, exports. */
  service: string;
  /** Where logs go (default stdout); tests capture them to prove no personal data is logged. */
  logDestination?: LoggerSettings['destination'];
}

/** A service on the kit: MongoDB, Kafka, access tokens, the clock, the veteran's export and erasure. */
export interface ServicePlatformOptions extends CommonOptions {
  edge?: false;
  /**
   * The service's loaded config. `auth: null` is a process that serves no API (a queue worker): no
   * token guard; its health and `/metrics` are answered by the worker's probe listener (@vetlink/http).
   */
  config: { service: EngineEnv; auth: AuthConfig | null };
  /** Topics it publishes to (created at start-up); the consumed ones follow from its handlers. */
  publishes: readonly string[];
  /**
   * The consumer group without the service prefix, `events` when left out. Its offsets and
   * processed-event ledger are keyed by it: renaming it replays every consumed topic.
   */
  consumerGroup?: string;
  /** How many partitions and keys are handled at once, and the retry policy (one at a time by default). */
  consumer?: Omit<ConsumerSettings, 'group'>;
  /** A fixed "now" for tests (the system clock when left out). */
  clock?: Clock;
  /** BullMQ queues on Redis; Redis then joins the readiness check. */
  queues?: QueuesSettings;
  privacy?: Omit<PrivacySettings, 'service'>;
  /**
   * Further engines `/health/ready` checks, after Kafka, MongoDB and (with queues) Redis: one the
   * service connects to itself, e.g. its own Redis (`RedisReadiness`) or the search engine.
   */
  readiness?: readonly Readiness[];
}

/** A process that keeps no data and consumes no events (the gateway): logging and health only. */
export interface EdgePlatformOptions extends CommonOptions {
  edge: true;
  config: { service: PlatformEnv };
  /** The engines it connects to itself (providing their Nest tokens), for `/health/ready`. */
  readiness: readonly Readiness[];
}

export type PlatformOptions = ServicePlatformOptions | EdgePlatformOptions;

/** The settings of each platform module, in the order the modules are imported; absent ones are left out. */
export interface PlatformSettings {
  logging: LoggerSettings;
  auth?: AuthConfig;
  clock?: Clock;
  persistence?: PersistenceSettings;
  messaging?: MessagingSettings;
  queues?: QueuesSettings;
  readiness?: Readiness[];
  privacy?: PrivacySettings;
}

export const DEFAULT_CONSUMER_GROUP = 'events';

/** Decides what a service's platform wiring holds; `platformModules` turns it into Nest modules. */
export function platformSettings(options: PlatformOptions): PlatformSettings {
  const logging: LoggerSettings = {
    service: options.service,
    level: options.config.service.LOG_LEVEL,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  };
  if (options.edge) return { logging, readiness: [...options.readiness] };

  const { service: env, auth } = options.config;
  const servesApi = auth !== null;
  return {
    logging,
    ...(servesApi ? { auth } : {}),
    clock: options.clock ?? systemClock,
    persistence: { uri: env.MONGODB_URI, database: env.MONGODB_DATABASE },
    messaging: {
      clientId: options.service,
      brokers: env.KAFKA_BROKERS,
      topics: options.publishes,
      topicSettings: {
        partitions: env.KAFKA_TOPIC_PARTITIONS,
        replicationFactor: env.KAFKA_REPLICATION_FACTOR,
      },
      consumer: { ...options.consumer, group: options.consumerGroup ?? DEFAULT_CONSUMER_GROUP },
    },
    ...(options.queues ? { queues: options.queues } : {}),
    // A worker too: its probe listener answers /health/ready from the same checks.
    readiness: [...engineReadiness(options), ...(options.readiness ?? [])],
    privacy: { service: options.service, ...options.privacy },
  };
}

function engineReadiness(options: ServicePlatformOptions): Readiness[] {
  return options.queues ? [KafkaReadiness, MongoReadiness, RedisReadiness] : [KafkaReadiness, MongoReadiness];
}
