#!/usr/bin/env node
// The size of the compliance mapping: controls per framework, rules per control, controls per rule.
// Read from docs/compliance.md, which is generated from the catalogs and the checks' controls.ts
// (test/unit/compliance/reference.test.ts keeps it equal to the code).
//   node scripts/mapping-size.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const page = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'compliance.md'), 'utf8');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => `min ${Math.min(...xs)}, median ${median(xs)}, max ${Math.max(...xs)}`;

const perFramework = new Map();
const perRule = new Map();
let framework;
for (const line of page.split('\n')) {
  const heading = /^## (.+)/.exec(line);
  if (heading) perFramework.set((framework = heading[1].trim()), []);
  // A control's row: | `id` … | ref | title | rules that provide evidence |
  const row = /^\| `[a-z0-9-]+\/[a-z0-9.-]+`[^|]*\|[^|]*\|[^|]*\| (.*) \|$/.exec(line);
  if (!row || framework === undefined) continue;
  const rules = [...row[1].matchAll(/(?:^|<br>)`([a-z-]+\/[a-z0-9-]+)`:/g)].map((m) => m[1]);
  perFramework.get(framework).push(rules.length);
  for (const r of rules) perRule.set(r, (perRule.get(r) ?? 0) + 1);
}
for (const [name, counts] of perFramework) {
  if (counts.length) console.log(`${name}: ${counts.length} controls; rules per control (direct) ${range(counts)}`);
}
const pairs = [...perRule.values()];
console.log(`${perRule.size} rules map to controls, ${pairs.reduce((a, b) => a + b, 0)} (rule, control) pairs; controls per rule ${range(pairs)}`);
