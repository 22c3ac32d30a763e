/** The options of `nx g @vetlink/tooling:service` (schema.json). */
export interface ServiceGeneratorOptions {
  name: string;
  port?: number;
  description?: string;
  skipFormat?: boolean;
}
