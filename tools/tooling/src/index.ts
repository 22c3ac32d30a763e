export { default as serviceGenerator } from './generators/service/generator';
export type { ServiceGeneratorOptions } from './generators/service/schema';
