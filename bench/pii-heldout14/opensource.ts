// Open-source metadata families of set 14: Debian changelogs, RPM spec %changelog sections, Maven POM
// <developers>, Cargo.toml and gemspec author lists, PyPI METADATA files, AUTHORS files, git blame
// output, Bugzilla bug mails and man-page AUTHOR sections. Maintainers' names and e-mails are gold;
// versions, commit ids, dates, CVE ids and checksums are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, n, ph, who, type Unit } from './kit.js';
import { token } from './secrets.js';
import { ip } from './values.js';

function debianChangelog(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add(`libfoo (`, n(rng, 'version'), `-${rng.int(1, 4)}) unstable; urgency=${rng.pick(['medium', 'high'])}\n\n  * New upstream release.\n  * Fix `, n(rng, 'cve-id'), ` (Closes: #${rng.int(900000, 1099999)}).\n  * Bump Standards-Version to `, n(rng, 'version-four-part'), `.\n\n -- `, u.name, ' <', u.email, `>  ${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${rng.int(1, 28)} Dec 2026 ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0100\n`).unit();
}

function rpmChangelog(rng: Rng): Unit {
  const d = new Doc().add('%changelog\n');
  for (let i = rng.int(2, 3); i > 0; i--) { const u = who(rng); d.add(`* ${rng.pick(['Mon', 'Tue', 'Thu'])} Dec ${String(rng.int(1, 28)).padStart(2, '0')} 2026 `, u.name, ' <', u.email, '> - ', n(rng, 'version'), `-${rng.int(1, 3)}\n- Rebuilt for Python 3.1${rng.int(2, 4)}; sha256 of the tarball `, n(rng, 'sha256'), '\n\n'); }
  return d.unit();
}

function mavenPom(rng: Rng): Unit {
  const d = new Doc().add('<project>\n  <groupId>org.example.geo</groupId>\n  <artifactId>tiles-core</artifactId>\n  <version>', n(rng, 'version'), '</version>\n  <developers>\n');
  for (let i = rng.int(1, 3); i > 0; i--) { const u = who(rng); d.add('    <developer>\n      <name>', u.name, '</name>\n      <email>', u.email, '</email>\n      <timezone>', rng.pick(['Europe/Warsaw', 'America/Sao_Paulo', 'Asia/Kolkata']), '</timezone>\n    </developer>\n'); }
  return d.add('  </developers>\n  <distributionManagement><repository><url>https://repo.example.org/releases</url></repository></distributionManagement>\n  <!-- deploy: mvn deploy -Drepo.token=', token(rng, rng.pick(['github-token', 'gitlab-token'])), ' -->\n</project>\n').unit();
}

function cargoToml(rng: Rng): Unit {
  const a = who(rng);
  const b = who(rng);
  return new Doc().add('[package]\nname = "fast-geo"\nversion = "', n(rng, 'version'), '"\nedition = "2021"\nauthors = ["', a.name, ' <', a.email, '>", "', b.name, ' <', b.email, '>"]\nlicense = "MIT OR Apache-2.0"\n\n[dependencies]\nserde = "', n(rng, 'version'), '"\n\n[package.metadata.release]\nregistry-token = "', token(rng, 'github-token'), '"\n').unit();
}

function pypiMetadata(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('Metadata-Version: 2.1\nName: tidy-ledger\nVersion: ', n(rng, 'version'), '\nSummary: Ledger reconciliation helpers\nAuthor: ', u.name, '\nAuthor-email: ', u.email, '\nMaintainer-email: ', who(rng).email, '\nRequires-Python: >=3.9\nRequires-Dist: numpy (>=', n(rng, 'version'), ')\nProject-URL: Issues, https://github.com/example/tidy-ledger/issues\n').unit();
}

function authorsFile(rng: Rng): Unit {
  const d = new Doc().add('# This is the list of significant contributors.\n# Names should be added as: Name <email address>\n\n');
  for (let i = rng.int(3, 7); i > 0; i--) { const u = who(rng); d.add(u.name, ' <', u.email, '>', ...(rng.chance(0.2) ? [' (', ...ph(rng), ')'] : []), '\n'); }
  return d.unit();
}

function gitBlame(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(3, 5); i > 0; i--) { const u = who(rng); d.add(n(rng, 'git-sha'), ' (', u.name, ` 2026-${rng.int(10, 12)}-${rng.int(10, 28)} 1${rng.int(0, 9)}:${rng.int(10, 59)}:${rng.int(10, 59)} +0100 ${rng.int(10, 400)}) `, rng.pick([`    timeout: ${rng.int(1, 60)}s`, '    tls: true', '    retries = 3']), '\n'); }
  return d.add('00000000 (Not Committed Yet 2026-12-01 10:00:00 +0100 88)     upstream = "', ip(rng), '"\n').unit();
}

function bugzilla(rng: Rng): Unit {
  const r = who(rng);
  const a = who(rng);
  return new Doc().add('https://bugzilla.example.org/show_bug.cgi?id=', String(rng.int(1000000, 1999999)), '\n\n', r.name, ' <', r.email, '> changed:\n\n           What    |Removed                     |Added\n----------------------------------------------------------------------------\n          Assignee|nobody@example.org          |', a.email, '\n           Version|', n(rng, 'version'), '                     |', n(rng, 'version'), '\n\n--- Comment #', String(rng.int(1, 40)), ' from ', a.name, ' ---\nReproduced on build ', n(rng, 'build-number'), '; crash hash ', n(rng, 'sha256'), '. The reporter\'s proxy at ', ip(rng), ' strips the header.\n').unit();
}

function manPage(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('.TH TILECTL 1 "', n(rng, 'timestamp'), '" "tilectl ', n(rng, 'version'), '" "User Commands"\n.SH NAME\ntilectl \\- manage tile caches\n.SH OPTIONS\n.TP\n.B \\-\\-port\\-range\nPorts to listen on, default ', n(rng, 'port-list'), '.\n.SH AUTHOR\nWritten by ', u.name, ' <', u.email, '>.\n.SH "REPORTING BUGS"\nReport bugs to ', who(rng).email, '.\n').unit();
}

export const OPENSOURCE_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'debian-changelog': debianChangelog, 'rpm-changelog': rpmChangelog, 'maven-pom-developers': mavenPom, 'cargo-toml-authors': cargoToml, 'pypi-metadata': pypiMetadata, 'authors-file': authorsFile, 'git-blame': gitBlame, bugzilla, 'man-page': manPage,
};
