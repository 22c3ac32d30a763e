export { startServiceForTest, ServiceUnderTest } from './service-under-test';
export type { TestServiceKit, TestServiceOptions } from './service-under-test';
export { serveInstance, startInstanceProcess } from './instance-process';
export type { InstanceProcess, InstanceProcessOptions } from './instance-process';
export { startGroupAtEnd } from './group-at-end';
export { TEST_FETCH_WAIT_MS } from './fetch-wait';
export { freePort, startWorkerProcess, stopped } from './worker-process';
export type { WorkerProcessSettings } from './worker-process';
