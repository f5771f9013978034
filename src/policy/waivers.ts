// Waivers: a rule id (+ optional target) accepted for a reason, by an owner, until a date.
// An expired or malformed waiver is itself a violation; an unused one is reported.
import type { SourceDoc } from '../io/yaml.js';
import type { Finding, WaiverRef } from '../report/model.js';
import { describeIssue, valueAt } from '../io/validate.js';
import { compileGlob } from '../io/glob-match.js';
import { waiverSchema } from './schema.js';

export interface Waivers {
  active: WaiverRef[];
  expired: WaiverRef[];
  /** Findings for malformed and expired waivers. */
  findings: Finding[];
}

/** `today` is a YYYY-MM-DD string (UTC): a waiver applies through its expiry day. */
export function parseWaivers(raw: readonly unknown[], source: SourceDoc, today: string): Waivers {
  const out: Waivers = { active: [], expired: [], findings: [] };
  raw.forEach((entry, i) => {
    const location = source.locate(['waivers', i]);
    const parsed = waiverSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.findings.push({
        ruleId: 'policy/waiver-invalid',
        severity: 'high',
        message: `waiver #${i + 1} is malformed (${describeIssue(issue, valueAt(entry, issue.path as Array<string | number>))}); it waives nothing`,
        location: issue.path.length ? source.locate(['waivers', i, ...(issue.path as Array<string | number>)]) : location,
        target: `waivers[${i}]`,
        remediation: 'Give every waiver rule, reason, owner and expires (YYYY-MM-DD), and target where it covers one finding.',
      });
      return;
    }
    const w: WaiverRef = { ...parsed.data, location };
    if (w.expires < today) {
      out.expired.push(w);
      out.findings.push({
        ruleId: 'policy/waiver-expired',
        severity: 'high',
        message: `waiver for ${w.rule}${w.target ? ` on ${w.target}` : ''} (owner ${w.owner}) expired on ${w.expires}`,
        location: source.locate(['waivers', i, 'expires']),
        target: w.target ?? w.rule,
        remediation: 'Fix the underlying finding, or renew the waiver with a new expiry date after review.',
      });
    } else {
      out.active.push(w);
    }
  });
  return out;
}

/** The first active waiver covering a finding. */
export function findWaiver(waivers: readonly WaiverRef[], f: Finding): WaiverRef | undefined {
  return waivers.find((w) => glob(w.rule, f.ruleId) && (w.target === undefined || glob(w.target, f.target ?? '')));
}

/** `*` any run; linear in the value (a finding's target can be a 200 KB column name). */
function glob(pattern: string, value: string): boolean {
  return compileGlob(pattern).test(value);
}

