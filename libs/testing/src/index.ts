export { createTestTokenIssuer } from './lib/test-tokens';
export type { TestTokenIssuer, TokenSubject } from './lib/test-tokens';
export { testEngines, uniqueName } from './lib/engines';
export { waitFor } from './lib/wait-for';
