import { NestFactory } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { startApp } from '@vetlink/http';
import { createKafka, kafkaSecurityFromEnv, startGroupAt } from '@vetlink/messaging';
import type { Connection } from 'mongoose';
import { AppModule } from '../app.module';
import type { InsightsConfig } from '../config';
import { TALLIES_COLLECTION } from '../figures/tally.schema';
import { SERVICE_NAME } from '../service-name';
import { CONSUMED_TOPICS } from './consumed-topics';
import { committedPositions, messagesBetween, topicEdges, type TopicPositions } from './replay-positions';

export interface RebuildOptions {
  /** The service's configuration; its MONGODB_DATABASE is the empty database the figures are rebuilt in. */
  config: InsightsConfig;
  /** A consumer group of the rebuild's own (the service's group name without the `insights.` prefix). */
  consumerGroup: string;
  /** Where the replay starts: each topic's oldest message kept, or given positions (a test's own start). */
  from: 'beginning' | readonly TopicPositions[];
  /** Told every `pollMs` how far the replay is. */
  onProgress?: (progress: RebuildProgress) => void;
  pollMs?: number;
  /** Gives up when the group has not moved for this long. */
  stallMs?: number;
}

export interface RebuildProgress {
  /** Messages read on the consumed topics (events of every type, those no figure counts included). */
  replayed: number;
  total: number;
  seconds: number;
}

export interface RebuildResult extends RebuildProgress {
  perSecond: number;
  groupId: string;
}

/**
 * Rebuilds the figures by replaying the consumed topics into an empty database: the service itself runs
 * (its event handlers, not HTTP) with a new consumer group committed at the replay's start, until the
 * group reaches the topics' ends as they were when the rebuild began. The group is kept: a service
 * started on that database and group carries on exactly where the rebuild stopped.
 */
export async function rebuildReadModel(options: RebuildOptions): Promise<RebuildResult> {
  const { config, consumerGroup, pollMs = 1000, stallMs = 120_000 } = options;
  const groupId = `${kafkaSecurityFromEnv().groupPrefix}${SERVICE_NAME}.${consumerGroup}`;
  const kafka = createKafka({ clientId: `${SERVICE_NAME}-rebuild`, brokers: config.service.KAFKA_BROKERS });
  const admin = kafka.admin();
  await admin.connect();
  const app = await NestFactory.create(AppModule.register(config, { consumerGroup }), {
    logger: ['error', 'warn'],
  });
  try {
    const tallies = await app
      .get<Connection>(getConnectionToken())
      .collection(TALLIES_COLLECTION)
      .estimatedDocumentCount();
    if (tallies > 0)
      throw new Error(
        `database ${config.service.MONGODB_DATABASE} already holds ${tallies} tallies: rebuild into an empty one`,
      );

    const floor = await topicEdges(admin, CONSUMED_TOPICS, 'low');
    const start = options.from === 'beginning' ? floor : options.from;
    const end = await topicEdges(admin, CONSUMED_TOPICS, 'high');
    const total = messagesBetween(start, end, floor);
    // All topics in one join of the group: under a second, where one join per topic took ~5 s each.
    await startGroupAt(kafka, groupId, start);

    const began = Date.now();
    await startApp(app);
    let progress: RebuildProgress = { replayed: 0, total, seconds: 0 };
    let movedAt = began;
    while (progress.replayed < total) {
      await new Promise((tick) => setTimeout(tick, pollMs));
      const remaining = messagesBetween(
        await committedPositions(admin, groupId, CONSUMED_TOPICS),
        end,
        floor,
      );
      const replayed = total - remaining;
      if (replayed > progress.replayed) movedAt = Date.now();
      else if (Date.now() - movedAt > stallMs)
        throw new Error(`the replay stopped at ${replayed} of ${total} messages for ${stallMs / 1000} s`);
      progress = { replayed, total, seconds: (Date.now() - began) / 1000 };
      options.onProgress?.(progress);
    }
    const seconds = (Date.now() - began) / 1000;
    return { replayed: total, total, seconds, perSecond: seconds > 0 ? total / seconds : total, groupId };
  } finally {
    await app.close();
    await admin.disconnect();
  }
}
