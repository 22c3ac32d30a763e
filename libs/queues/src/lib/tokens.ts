/** Injection token of the service's Redis connection (shared by BullMQ queues and workers). */
export const REDIS = Symbol('REDIS');
