import { createZodDto as createNestZodDto } from 'nestjs-zod';

type JsonNode = Record<string, unknown>;

/**
 * nestjs-zod's `createZodDto`, whose OpenAPI description keeps nullable fields nullable. Zod writes a
 * plain nullable field as `type: ["string", "null"]`, which @nestjs/swagger reads as an array of strings:
 * every `z.string().nullable()` was documented as `string[]`. Each such type list becomes the
 * OpenAPI 3.0 spelling (`type: "string", nullable: true`) before Swagger reads it.
 */
export const createZodDto: typeof createNestZodDto = (...args) => {
  const dto = createNestZodDto(...args);
  withNullableTypes(dto);
  const outputGetter = Object.getOwnPropertyDescriptor(dto, 'Output')?.get;
  if (outputGetter) {
    Object.defineProperty(dto, 'Output', {
      get() {
        return withNullableTypes(outputGetter.call(this));
      },
    });
  }
  return dto;
};

function withNullableTypes<Dto extends object>(dto: Dto): Dto {
  const holder = dto as { _OPENAPI_METADATA_FACTORY?: () => unknown };
  const original = holder._OPENAPI_METADATA_FACTORY;
  if (typeof original !== 'function') return dto;
  Object.defineProperty(dto, '_OPENAPI_METADATA_FACTORY', {
    value: function (this: unknown) {
      return spellNullableTypes(original.call(this));
    },
  });
  return dto;
}

/** Rewrites `type: [T, "null"]` anywhere in a JSON schema into `type: T, nullable: true`. */
export function spellNullableTypes<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map(spellNullableTypes) as Value;
  if (value === null || typeof value !== 'object') return value;
  const node: JsonNode = {};
  for (const [key, child] of Object.entries(value as JsonNode)) node[key] = spellNullableTypes(child);
  if (Array.isArray(node['type']) && node['type'].includes('null')) {
    const others = (node['type'] as string[]).filter((type) => type !== 'null');
    if (others.length === 1) {
      node['type'] = others[0];
      node['nullable'] = true;
    }
  }
  return node as Value;
}
