// Where test code lives: test files end in .test.ts; every module they share is in test/helpers/,
// named in kebab-case for what a test gets from it (a workspace, a release, reports, facts…). The one
// other module is the end-to-end suite's global setup, which builds the bundle under test.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TEST = resolve(import.meta.dirname, '..', '..');
const SETUP = 'e2e/build-dist.ts';

describe('test/', () => {
  it('keeps shared test code in test/helpers/, one kebab-case module per thing it gives', () => {
    const misplaced = readdirSync(TEST, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$|\.d\.ts$/.test(e.name))
      .map((e) => relative(TEST, join(e.parentPath, e.name)).split('\\').join('/'))
      .filter((p) => p !== SETUP && !/^helpers\/[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(p));
    expect(misplaced).toEqual([]);
  });
});
