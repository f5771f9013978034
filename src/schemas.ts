// JSON Schemas generated from the zod schemas, for editors (yaml-language-server) and tools.
import { join } from 'node:path';
import { z } from 'zod';
import { checks } from '../checks/index.js';
import { writeFileAtomic } from './io/atomic.js';
import { manifestSchemaFor } from './manifest/schema.js';
import { policySchema } from './policy/schema.js';

export function jsonSchemas(): Record<string, object> {
  const gen = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://modelgate.dev/schemas/${id}`,
    title,
  });
  return {
    'model-release.schema.json': gen(manifestSchemaFor(checks), 'model-release.schema.json', 'ModelGate release manifest'),
    'policy.schema.json': gen(policySchema(checks), 'policy.schema.json', 'ModelGate policy'),
  };
}

export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function writeSchemas(dir: string): string[] {
  return Object.entries(jsonSchemas()).map(([name, schema]) => {
    const path = join(dir, name);
    writeFileAtomic(path, schemaText(schema));
    return path;
  });
}
