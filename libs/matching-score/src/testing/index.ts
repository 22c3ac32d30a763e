export * from './fixtures';
export * from './synthetic';
export * from './event-payloads';
export * from './job-matched';
