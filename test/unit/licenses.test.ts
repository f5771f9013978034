// dist/licenses.txt (scripts/licenses.mjs): the bundle redistributes its packages' code, so it carries
// each one's license texts and notices, not only their license ids. The file finder and the layout on
// a made-up node_modules, then a real build into a temporary folder: every package it lists has the
// texts its own copy in node_modules ships, verbatim.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs, isLicenseFile, licensesText } from '../../scripts/licenses.mjs';
import { tempWorkspace } from '../helpers/workspace.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

const pkg = (name: string, version: string, license?: unknown) => JSON.stringify({ name, version, ...(license === undefined ? {} : { license }) });

/** The sections of a licenses.txt: name@version → its text (license line, then files or the no-file line). */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(`${'='.repeat(80)}\n`).slice(1)) {
    const nl = part.indexOf('\n');
    out.set(part.slice(0, nl), part.slice(nl + 1));
  }
  return out;
}

/** The index at the top of a licenses.txt: name@version → declared license. */
function index(text: string): Map<string, string> {
  const head = text.slice(0, text.indexOf('='.repeat(80)));
  return new Map([...head.matchAll(/^(\S+@[^@\s:]+): (.+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('scripts/licenses.mjs', () => {
  it('finds license and notice files in any case, with or without an extension, and no code', () => {
    for (const f of ['LICENSE', 'license', 'License.txt', 'LICENCE.md', 'LICENSE-MIT', 'LICENSE.APACHE', 'LICENSE.BSD', 'COPYING', 'copying.lesser', 'NOTICE', 'notice.md', 'NOTICE.txt', 'Copyright']) expect(isLicenseFile(f), f).toBe(true);
    for (const f of ['license.js', 'licenses.json', 'LICENSE.d.ts', 'README.md', 'package.json', 'licensed.txt', 'noticeboard']) expect(isLicenseFile(f), f).toBe(false);
  });

  it('names the package directories of the inputs, nested copies included, once each', () => {
    const inputs = {
      'src/main.ts': {},
      'node_modules/yaml/dist/index.js': {},
      'node_modules/yaml/dist/parse.js': {},
      'node_modules/@actions/core/lib/core.js': {},
      'node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js': {},
    };
    expect(bundledPackageDirs({ inputs } as never)).toEqual([
      'node_modules/@actions/core',
      'node_modules/@actions/github/node_modules/@actions/http-client',
      'node_modules/yaml',
    ]);
  });

  it('writes each package once, in order, with its license, then every text, or a line saying it has none', () => {
    const root = tempWorkspace({
      'node_modules/zeta/package.json': pkg('zeta', '1.0.0', 'MIT'),
      'node_modules/zeta/license': 'MIT License\r\n\r\nCopyright (c) Zeta\r\n\r\n',
      'node_modules/zeta/license.js': 'module.exports = "MIT";',
      'node_modules/@scope/alpha/package.json': pkg('@scope/alpha', '2.0.0', 'Apache-2.0'),
      'node_modules/@scope/alpha/NOTICE': 'Alpha\nCopyright The Alpha Authors',
      'node_modules/@scope/alpha/LICENSE.md': 'Apache License, Version 2.0',
      'node_modules/@scope/alpha/LICENSES/extra.txt': 'in a folder: not a file of the package root',
      'node_modules/bare/package.json': pkg('bare', '0.1.0', 'ISC'),
      'node_modules/old/package.json': JSON.stringify({ name: 'old', version: '3.0.0', licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }),
      'node_modules/old/COPYING': 'old terms',
      'node_modules/none/package.json': pkg('none', '1.0.0'),
      'node_modules/x/node_modules/zeta/package.json': pkg('zeta', '1.0.0', 'MIT'),
      'node_modules/x/node_modules/zeta/LICENSE': 'a second copy of the same version',
    });
    const dirs = ['node_modules/zeta', 'node_modules/@scope/alpha', 'node_modules/bare', 'node_modules/old', 'node_modules/none', 'node_modules/x/node_modules/zeta'];
    const text = licensesText(root, dirs);
    // The same bytes whatever the order of the inputs.
    expect(licensesText(root, [...dirs].reverse().sort())).toBe(text);
    expect([...index(text)]).toEqual([
      ['@scope/alpha@2.0.0', 'Apache-2.0'],
      ['bare@0.1.0', 'ISC'],
      ['none@1.0.0', 'none stated'],
      ['old@3.0.0', '(MIT OR Apache-2.0)'],
      ['zeta@1.0.0', 'MIT'],
    ]);
    const s = sections(text);
    expect([...s.keys()]).toEqual([...index(text).keys()]);
    expect(s.get('@scope/alpha@2.0.0')).toBe('License: Apache-2.0\n\n--- LICENSE.md ---\nApache License, Version 2.0\n\n--- NOTICE ---\nAlpha\nCopyright The Alpha Authors\n\n');
    // A package without a license file: the standard text of the license it names (SPDX list).
    expect(s.get('bare@0.1.0')).toMatch(/^License: ISC\n\nNo license or notice file in the package; its package\.json license field: ISC\n\n--- standard text of ISC \(SPDX license list\) ---\nISC License/);
    expect(s.get('bare@0.1.0')).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
    expect(s.get('none@1.0.0')).toContain('its package.json license field: none stated');
    expect(s.get('old@3.0.0')).toContain('--- COPYING ---\nold terms\n');
    // Line endings normalised, trailing blank lines dropped, the code file left out.
    expect(s.get('zeta@1.0.0')).toBe('License: MIT\n\n--- license ---\nMIT License\n\nCopyright (c) Zeta\n');
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('the bundle (node scripts/build.mjs DIR)', () => {
  it('carries the license texts and notices of every bundled package', () => {
    const out = tempWorkspace();
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), out], { stdio: 'ignore' });
    const text = readFileSync(join(out, 'licenses.txt'), 'utf8');
    const listed = index(text);
    const s = sections(text);
    expect([...s.keys()]).toEqual([...listed.keys()]);
    // Packages the action certainly bundles.
    for (const name of ['@actions/core', '@actions/github', 'yaml', 'zod']) expect([...listed.keys()].some((id) => id.startsWith(`${name}@`)), name).toBe(true);
    let compared = 0;
    for (const [id, section] of s) {
      const name = id.slice(0, id.lastIndexOf('@'));
      // Every package has its texts, or says it ships none.
      const files = [...section.matchAll(/^--- (.+) ---\n/gm)].map((m) => m[1]!).filter((f) => !f.startsWith('standard text of '));
      if (files.length === 0) {
        expect(section, id).toMatch(/^No license or notice file in the package; its package\.json license field: .+$/m);
        // ...and then the standard text of each license it names that the SPDX list knows.
        if (/MIT|ISC|Apache-2\.0|BSD/.test(index(text).get(id) ?? '')) expect(section, id).toMatch(/^--- standard text of /m);
      }
      // Against the package's own copy in node_modules, when it is the version bundled.
      const dir = join(ROOT, 'node_modules', name);
      if (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version !== id.slice(name.length + 1)) continue;
      const shipped = readdirSync(dir).filter((f) => isLicenseFile(f) && statSync(join(dir, f)).isFile());
      expect(files.sort(), id).toEqual(shipped.sort());
      for (const f of shipped) {
        const body = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').trim();
        if (body) expect(section, `${id}: ${f}`).toContain(body);
      }
      compared++;
    }
    // Most packages are hoisted to the top of node_modules: the comparison covered them.
    expect(compared).toBeGreaterThan(listed.size / 2);
  });
});
