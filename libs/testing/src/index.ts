export { createTestTokenIssuer } from './lib/test-tokens';
export type { MintOptions, TestTokenIssuer, TokenSubject, TestAuthConfig } from './lib/test-tokens';
export { testEngines, uniqueName } from './lib/engines';
export { waitFor } from './lib/wait-for';
export { EventCollector } from './lib/event-collector';
export type { CollectedEvent } from './lib/event-collector';
export { createMissingTopics, deleteConsumerGroup } from './lib/consumer-group';
export { dropTestDatabase, dropRedisKeys } from './lib/cleanup';
