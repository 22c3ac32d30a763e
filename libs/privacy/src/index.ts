export { PrivacyModule } from './lib/privacy.module';
export { VeteranDataHolder, VeteranDocuments, veteranDocumentsProvider } from './lib/veteran-data-holder';
export type { VeteranDocumentsOptions } from './lib/veteran-data-holder';
export { VeteranDataRegistry } from './lib/veteran-data-registry';
export type { VeteranDataExport } from './lib/veteran-data-registry';
export { ErasedVeterans } from './lib/erased-veterans';
