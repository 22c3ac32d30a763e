export { PrivacyModule } from './lib/privacy.module';
export { VeteranDataHolder, VeteranDocuments } from './lib/veteran-data-holder';
export { VeteranDataRegistry } from './lib/veteran-data-registry';
export type { VeteranDataExport } from './lib/veteran-data-registry';
