import { createLogger } from '@vetlink/logging';

export const quietLogger = createLogger({ service: 'backbone-tests', level: 'silent' });
