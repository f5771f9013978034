// Tuning cases for part U of the set-9 failure classes of issue 17, written from the formats' own
// documentation, never from a judge set: URL passwords made of RFC 3986's unreserved characters
// (`ALPHA / DIGIT / "-" / "." / "_" / "~"`, §2.3, allowed raw in userinfo, §3.2.1) in the command lines
// and configs of rclone, git and WebDAV clients; a password after a bare `pw`/`pwd`/`passwd`/`password`
// label in running text; GEDCOM 5.5.1 records (a DATE line under BIRT/DEAT is a date of birth/death,
// chapter 2 DATE_VALUE forms: `ABT`, `BET … AND …`, `FROM … TO …`, a calendar escape) and a MAC OUI
// (IEEE: three octets, `00:1A:2B`). Values are built at run time from parts.
import { DETECTOR_BY_TYPE } from '../../checks/pii/detectors/index.js';
import { chars, pick, rng } from './personal-data.js';
import type { TuningCase } from './pii-tuning-set.js';

type R = () => number;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UNRESERVED_MARKS = '-._~';

/** A password of unreserved characters only, at least one of `-._~` in it (anywhere, first and last too). */
function unreservedPassword(r: R): string {
  const body = chars(r, ALNUM, 5 + Math.floor(r() * 12)).split('');
  const marks = 1 + Math.floor(r() * 3);
  for (let i = 0; i < marks; i++) body.splice(Math.floor(r() * (body.length + 1)), 0, pick(r, UNRESERVED_MARKS.split('')));
  return body.join('');
}

/** URLs with a password ({p}) as the tools' docs write them: rclone remotes, git remotes, WebDAV mounts, CI YAML. */
const UNRESERVED_URL_FORMS: readonly string[] = [
  'https://itzel:{p}@webdav.example',
  'rclone copy https://u:{p}@host/path /backup',
  'rclone lsd --webdav-url https://sync:{p}@dav.example.org/remote.php/webdav/',
  '- url: https://admin:{p}@sandbox.example',
  '  url: "https://deploy:{p}@nexus.example.com/repository/raw/"',
  'git clone https://oauth2:{p}@gitlab.example.com/group/repo.git',
  'git remote set-url origin https://ci-bot:{p}@git.example.org/team/app.git',
  'mount -t davfs https://ana.maria:{p}@files.example.net:8443/dav /mnt/dav',
  'curl -fsS https://svc_backup:{p}@api.example.org/v1/health',
  '{"remote":"https://u:{p}@dav.example.org/files/"}',
  'Fetching https://reader:{p}@mirror.example.com/pypi/simple/ failed (403)',
];

/** URLs with a stand-in where the password goes: nothing to find. */
const PLACEHOLDER_URLS: readonly string[] = [
  'https://u:${WEBDAV_PASS}@webdav.example/dav',
  'rclone copy https://u:<password>@host/path /backup',
  '- url: https://admin:****@sandbox.example',
  'https://admin:changeme@sandbox.example',
];

/**
 * A generated password for a label: both cases and a digit, sometimes `_`, `-` or (after a bare label
 * only) `.`: after `pw:` a dotted value reads as a dotted name of code (placeholder.ts namesAVariable).
 */
function labelledPasswordValue(r: R, keyed: boolean): string {
  const tail = chars(r, ALNUM, 6 + Math.floor(r() * 10));
  const mark = pick(r, keyed ? ['', '_', '-'] : ['', '_', '.', '-']);
  return chars(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 1) + chars(r, 'abcdefghijkmnopqrstuvwxyz', 1) + chars(r, '23456789', 1) + mark + tail;
}

/** Running text with a password ({p}) after a label and a blank or a colon, as tickets and chat logs write it. */
const LABELLED_FORMS: readonly string[] = [
  'the agent logged pw {p} and left the session open',
  'user anna pw {p}, server db1',
  'vpn: login jdoe pwd {p}',
  'new account created, passwd {p} (change on first login)',
  'Password {p}.',
  'pw: {p}',
  'PW: {p}',
  'pwd: {p}',
  'wifi guest pw {p} until Friday',
];

/** A label before no password: commands, files, options, words, placeholders. */
const NOT_LABELLED: readonly string[] = [
  'pw <password>',
  'pw ${DB_PASSWORD}',
  'pwd ********',
  'pw: changeme',
  'passwd -l alice',
  'cat /etc/passwd root:x:0:0:root:/root:/bin/bash',
  '$ pwd /home/anna',
  'pwd && ls -la',
  'password reset for user42 done',
  'password policy: min 8 chars',
  'resolution pw 1024x768',
  'the pw is incorrect',
  'pw settings.DB_PASSWORD',
  'passwd(5) manual',
  'old_pw_hash stored',
  'PW 1000W heater',
  'password hash sha256 stored',
];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A GEDCOM date (DATE_VALUE): exact, approximated, a range, a period, a month or a year, a Julian escape. */
function gedcomDate(r: R): string {
  const year = () => String(1600 + Math.floor(r() * 420));
  const exact = () => `${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${year()}`;
  switch (Math.floor(r() * 8)) {
    case 0:
      return exact();
    case 1:
      return `${pick(r, ['ABT', 'CAL', 'EST', 'BEF', 'AFT'])} ${exact()}`;
    case 2:
      return `BET ${year()} AND ${year()}`;
    case 3:
      return `FROM ${exact()} TO ${exact()}`;
    case 4:
      return `${pick(r, MONTHS)} ${year()}`;
    case 5:
      return `ABT ${year()}`;
    case 6:
      return `@#DJULIAN@ ${exact()}`;
    default:
      return year();
  }
}

/** One GEDCOM individual with a birth and a death date; a marriage and a change date are no life dates. */
function gedcomIndividual(r: R, n: number, eol: string): TuningCase {
  const born = gedcomDate(r);
  const died = gedcomDate(r);
  const lines = [
    `0 @I${n}@ INDI`,
    `1 SEX ${pick(r, ['M', 'F'])}`,
    '1 BIRT',
    `2 DATE ${born}`,
    '1 DEAT Y',
    `2 DATE ${died}`,
    '2 CAUS Old age',
    '1 FAMS @F1@',
    '0 @F1@ FAM',
    '1 MARR',
    `2 DATE ${gedcomDate(r)}`,
    '1 CHAN',
    `2 DATE ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} 2020`,
    '3 TIME 10:11:12',
  ];
  return {
    kind: 'gedcom-life-date',
    text: lines.join(eol),
    want: [
      { type: 'date-of-birth', value: born },
      { type: 'date-of-birth', value: died },
    ],
  };
}

/** An IEEE OUI (three octets) as registries and vendor tables print it. */
function oui(r: R): string {
  return [chars(r, '0123456789ABCDEF', 2), chars(r, '0123456789ABCDEF', 2), chars(r, '0123456789ABCDEF', 2)].join(pick(r, [':', '-']));
}
const OUI_FORMS: readonly string[] = ['OUI {o} (Acme Networks)', 'vendor prefix {o}', '{"mac_oui":"{o}","vendor":"Acme"}', 'mac-oui {o} assigned 2019'];

function userinfoCases(r: R, out: TuningCase[]): void {
  for (const form of UNRESERVED_URL_FORMS) {
    const p = unreservedPassword(r);
    out.push({ kind: 'url-password-unreserved', text: form.replace('{p}', p), want: [{ type: 'secret', value: p }] });
  }
  // A host given by its address: the address is found too.
  const p = unreservedPassword(r);
  out.push({ kind: 'url-password-unreserved', text: `sftp://ops:${p}@10.0.0.5:22/upload`, want: [{ type: 'secret', value: p }, { type: 'ip-address', value: '10.0.0.5' }] });
  for (const text of PLACEHOLDER_URLS) out.push({ kind: 'not-url-password', text, want: [] });
}

function labelledCases(r: R, out: TuningCase[]): void {
  for (const form of LABELLED_FORMS) {
    const p = labelledPasswordValue(r, form.includes(': {p}'));
    // A long one after `pw:` is also the generic secret rule's: either is a secret (see secretAsOne).
    out.push({ kind: 'labelled-password', text: form.replace('{p}', p), want: [{ type: 'secret', value: p }] });
  }
  for (const text of NOT_LABELLED) out.push({ kind: 'not-labelled-password', text, want: [] });
}

function gedcomCases(r: R, out: TuningCase[]): void {
  out.push(gedcomIndividual(r, 1, '\n'), gedcomIndividual(r, 2, '\r\n'));
  // A DATE line alone (a cell, a line of a log) is a date whose event is unknown: no address, nothing.
  for (let i = 0; i < 4; i++) out.push({ kind: 'gedcom-date-line', text: `2 DATE ${gedcomDate(r)}`, want: [] });
  for (const form of OUI_FORMS) out.push({ kind: 'mac-oui-not-time', text: form.replace('{o}', oui(r)), want: [] });
  out.push({ kind: 'mac-oui-not-time', text: oui(r), context: 'mac-oui', want: [] });
}

/** Every credentials type read as `secret` (a tuning case's type for any of them). */
export const secretAsOne = (t: string): string => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

/** Part U's cases for one seed. */
export function userinfoTuningSet(seed = 9): TuningCase[] {
  const r = rng(seed);
  const out: TuningCase[] = [];
  userinfoCases(r, out);
  labelledCases(r, out);
  gedcomCases(r, out);
  return out;
}
