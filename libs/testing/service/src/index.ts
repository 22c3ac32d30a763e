export { startServiceForTest, ServiceUnderTest } from './service-under-test';
export type { TestServiceKit, TestServiceOptions } from './service-under-test';
