export * from './fixtures';
export * from './synthetic';
