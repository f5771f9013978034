// A tuning corpus for the pii check on VoIP and mobile logs and cloud audit records (issue 17, set-7
// classes A), written from the formats' definitions: SIP requests and headers (RFC 3261 §19.1 SIP/SIPS
// URIs with telephone-number user parts and `user=phone`, §20 headers `From`/`To`/`Contact`/`Call-ID` and
// the compact `i:`), Android logcat `threadtime` lines (`MM-DD HH:MM:SS.mmm  PID  TID L Tag: message`,
// ActivityManager's `pid=… uid=…`, AndroidRuntime's `Process: …, PID: …`), and AWS account ids (12
// digits: ARNs `arn:partition:service:region:account-id:resource`, CloudTrail's `accountId` and
// `recipientAccountId`). Values drawn at run time from a seeded PRNG; a tuning set, never a judge.
import { detectPii } from '../../checks/pii/detectors/index.js';
import { chars, int, pad, pick, rng } from './personal-data.js';
import { mobile } from './pii-tuning-set.js';

export { rng };
type R = () => number;
const DIG = '0123456789';
const HEX = '0123456789abcdef';
const LOW = 'abcdefghijklmnopqrstuvwxyz';

/** A value with the spans that must (`want`) be found as the type, and those that must not be masked at all. */
export interface Sample {
  text: string;
  /** [start, end) of the telephone numbers in the text. */
  phones: Array<[number, number]>;
  /** [start, end) of spans no finding may overlap (call ids, PIDs, account ids). */
  clean: Array<[number, number]>;
}

const REGIONS = ['DE', 'US', 'ES', 'GB', 'FR', 'IT', 'NL', 'BR'] as const;
const host = (r: R) => `${pick(r, ['pbx', 'sip', 'proxy', 'gw', 'pc' + int(r, 1, 99)])}.${pick(r, ['atlanta', 'biloxi', 'chicago', 'carrier'])}.example.${pick(r, ['com', 'net', 'org'])}`;

/** A SIP URI's number user part: E.164 with "+", or the international prefix "00", or RFC 3966 visual separators. */
function sipUser(r: R): string {
  const n = mobile(r, pick(r, REGIONS))!;
  const e164 = n.number as string;
  return pick(r, [e164, '00' + e164.slice(1), n.formatInternational().replace(/ /g, '-')]);
}

/** Builds a text from parts, marking phone and clean spans. */
export function build(parts: Array<string | { phone: string } | { clean: string }>): Sample {
  let text = '';
  const phones: Array<[number, number]> = [];
  const clean: Array<[number, number]> = [];
  for (const p of parts) {
    const s = typeof p === 'string' ? p : 'phone' in p ? p.phone : p.clean;
    if (typeof p !== 'string') ('phone' in p ? phones : clean).push([text.length, text.length + s.length]);
    text += s;
  }
  return { text, phones, clean };
}

const overlaps = (m: { start: number; end: number }, [s, e]: [number, number]) => m.start < e && m.end > s;

/**
 * Counts over `n` samples of a generator: phones covered by a phone finding (`phonesFound`), and by exactly
 * one finding, a phone (`whole`: masked as one); samples with a finding on a clean span (`dirty`) and
 * clean spans with one (`dirtySpans`) of `cleanSpans`; e-mail findings.
 */
export function measureSamples(gen: (r: R) => Sample, seed: number, n: number) {
  const r = rng(seed);
  const m = { phones: 0, phonesFound: 0, whole: 0, dirty: 0, cleanSpans: 0, dirtySpans: 0, emails: 0 };
  for (let i = 0; i < n; i++) {
    const s = gen(r);
    const found = detectPii(s.text);
    for (const p of s.phones) {
      m.phones++;
      if (found.some((f) => f.type === 'phone' && f.start <= p[0] && f.end >= p[1])) m.phonesFound++;
      const on = found.filter((f) => overlaps(f, p));
      if (on.length === 1 && on[0]!.type === 'phone' && on[0]!.start <= p[0] && on[0]!.end >= p[1]) m.whole++;
    }
    m.cleanSpans += s.clean.length;
    const dirtySpans = s.clean.filter((c) => found.some((f) => overlaps(f, c))).length;
    m.dirtySpans += dirtySpans;
    if (dirtySpans > 0) m.dirty++;
    m.emails += found.filter((f) => f.type === 'email').length;
  }
  return m;
}

const tag = (r: R) => chars(r, DIG, int(r, 6, 10));
const callId = (r: R) => pick(r, [chars(r, HEX, int(r, 12, 32)) + '@' + host(r), chars(r, DIG, int(r, 10, 19)) + '@10.' + int(r, 0, 255) + '.' + int(r, 0, 255) + '.' + int(r, 1, 254)]);

/** SIP header lines with a telephone-number URI (the number is a PHONE, the host is no address). */
export function sipNumberLine(r: R): Sample {
  const scheme = pick(r, ['sip', 'sips']);
  const user = sipUser(r);
  const params = pick(r, ['', ';user=phone']);
  return pick(r, [
    () => build([`INVITE ${scheme}:`, { phone: user }, `@${host(r)}${params} SIP/2.0`]),
    () => build([`To: <${scheme}:`, { phone: user }, `@${host(r)}${params}>`]),
    () => build([`From: "${pick(r, ['Front desk', 'Reception', 'Line 2'])}" <${scheme}:`, { phone: user }, `@${host(r)}${params}>;tag=${tag(r)}`]),
    () => build([`Contact: <${scheme}:`, { phone: user }, `@${host(r)}:5061;transport=tls>`]),
    () => build([`P-Asserted-Identity: <${scheme}:`, { phone: user }, `@${host(r)};user=phone>`]),
  ])();
}

/** Call-ID headers (full and compact), log labels and record keys: the value is no address. */
export function callIdLine(r: R): Sample {
  const id = callId(r);
  return pick(r, [
    () => build(['Call-ID: ', { clean: id.split('@')[0]! + '@' }, id.split('@')[1]!]),
    () => build(['i: ', { clean: id.split('@')[0]! + '@' }, id.split('@')[1]!]),
    () => build([`CSeq: 314159 INVITE\r\nCall-ID: `, { clean: id.split('@')[0]! + '@' }, id.split('@')[1]! + '\r\nMax-Forwards: 70']),
    () => build([`{"call_id": "`, { clean: id.split('@')[0]! + '@' }, id.split('@')[1]! + `", "method": "INVITE"}`]),
    () => build([`sip: dialog established callId=`, { clean: id.split('@')[0]! + '@' }, id.split('@')[1]! + ' state=confirmed']),
  ])();
}

const stamp = (r: R) => `${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}.${pad(int(r, 0, 999), 3)}`;
const pid = (r: R) => String(int(r, 100, 32767));
const pkg = (r: R) => `com.${pick(r, ['example', 'acme', 'contoso'])}.${chars(r, LOW, int(r, 3, 8))}`;
const TAGS = ['ActivityManager', 'AndroidRuntime', 'Zygote', 'chatty', 'OkHttp', 'WindowManager', 'PackageManager'];

/** Android logcat lines (threadtime, ActivityManager, AndroidRuntime): the PIDs, TIDs and UIDs are no phones. */
export function logcatLine(r: R): Sample {
  const p = pid(r);
  const t = pick(r, [p, pid(r)]);
  const w = Math.max(p.length, 5);
  return pick(r, [
    () => build([stamp(r) + ' ', { clean: p.padStart(w) + ' ' + t.padStart(w) }, ` ${pick(r, ['V', 'D', 'I', 'W', 'E'])} ${pick(r, TAGS)}: started`]),
    () => build([pick(r, ['', '2026-']) + stamp(r) + '  ', { clean: p + '  ' + t }, ` I ActivityManager: Start proc ${pid(r)}:${pkg(r)}/u0a${int(r, 10, 400)}`]),
    () => build([`ActivityManager: Killing ${pid(r)}:${pkg(r)}/u0a${int(r, 10, 400)} (adj 900): `, { clean: `pid=${p} uid=${int(r, 10000, 19999)}` }]),
    () => build([`FATAL EXCEPTION: main\nProcess: ${pkg(r)}, `, { clean: `PID: ${p}` }]),
  ])();
}

/** A 12-digit AWS account id (leading zeros allowed, as account ids have them). */
export const awsAccount = (r: R) => chars(r, DIG, 12);

/** ARNs, CloudTrail keys and sentences naming an AWS account: the id is neither a phone nor a card. */
export function awsAccountLine(r: R): Sample {
  const a = awsAccount(r);
  return pick(r, [
    () => build(['arn:aws:iam::', { clean: a }, `:role/${chars(r, LOW, 6)}`]),
    () => build([`arn:aws:lambda:eu-west-1:`, { clean: a }, `:function:${chars(r, LOW, 8)}`]),
    () => build(['{"accountId": "', { clean: a }, '", "type": "AssumedRole"}']),
    () => build(['"recipientAccountId":"', { clean: a }, '"']),
    () => build(['Switched to account ', { clean: a }, ' in us-east-1']),
  ])();
}

/** The column names a CloudTrail or billing export gives account ids. */
export const ACCOUNT_COLUMNS = ['accountId', 'recipientAccountId', 'account_id', 'aws_account_id', 'payer_account'] as const;
