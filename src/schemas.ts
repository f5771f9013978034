// JSON Schemas generated from the zod schemas: the manifest and the policy for editors
// (yaml-language-server), the JSON report for the tools that read it.
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './io/atomic.js';
import { manifestSchemaFor } from './manifest/schema.js';
import { policySchema } from './policy/schema.js';
import { registry as checks } from './registry.js';
import { reportSchemaFor } from './report/schema.js';

export function jsonSchemas(): Record<string, object> {
  // Manifest and policy: what a user may write (defaults make keys optional). Report: what the gate
  // writes, its repeated parts (a group's rates, a finding) once under $defs.
  const gen = (schema: z.ZodType, id: string, title: string, io: 'input' | 'output' = 'input') => ({
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any', ...(io === 'output' ? { reused: 'ref' as const } : {}) }),
    $id: `https://modelgate.dev/schemas/${id}`,
    title,
  });
  return {
    'model-release.schema.json': gen(manifestSchemaFor(checks), 'model-release.schema.json', 'ModelGate release manifest'),
    'policy.schema.json': gen(policySchema(checks), 'policy.schema.json', 'ModelGate policy'),
    'report.schema.json': gen(reportSchemaFor(checks), 'report.schema.json', 'ModelGate JSON report', 'output'),
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
