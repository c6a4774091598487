import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/** The `$ref` of a named schema inside an OpenAPI document. */
export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

interface UnionDef {
  type: string;
  discriminator?: string;
  options?: z.ZodType[];
}

/** The literal value of `discriminator` in a discriminated union's option (an object with a literal). */
function discriminatorValue(option: z.ZodType, discriminator: string): string {
  const shape = (option as unknown as { shape: Record<string, { value: unknown }> }).shape;
  return String(shape[discriminator].value);
}

/**
 * Turns named zod schemas into OpenAPI 3.1 `components.schemas` (JSON Schema 2020-12): a schema that is
 * one of the named ones is a `$ref`, and a discriminated union of named objects gets
 * `discriminator.mapping`, which client generators need to type the discriminator as its literal value.
 */
export function componentSchemas(named: Record<string, z.ZodType>): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const output = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    uri: (id) => schemaRef(id).$ref,
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as unknown as UnionDef;
      if (def.type !== 'union' || !def.discriminator || !def.options) return;
      const mapping: Record<string, string> = {};
      for (const option of def.options) {
        const id = registry.get(option)?.id;
        if (!id) throw new Error(`every option of a discriminated union needs a name (${def.discriminator})`);
        mapping[discriminatorValue(option, def.discriminator)] = schemaRef(id).$ref;
      }
      jsonSchema.discriminator = { propertyName: def.discriminator, mapping };
    },
  });
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(output.schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    schemas[id] = rest;
  }
  return schemas;
}
