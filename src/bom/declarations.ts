// The gate's verdict as CycloneDX 1.6 `declarations`: the policy becomes a standard whose requirements
// are what it demands (failOn, the required checks, each check's section as configured, the required
// controls), ModelGate the assessor, and one attestation maps each requirement to the claim the run
// supports (a check's status, the violations left) and, as counter-claims, the findings waivers
// accepted. The evidence is the JSON report's digest and the verdict statement.
import { checkCounts } from '../report/format.js';
import type { Report, ReportFinding, WaiverRef } from '../report/model.js';

export interface PolicyInBom {
  /** As the report names it (path, owner/repo/path@ref or "baseline"). */
  path: string;
  sha256: string;
  failOn: string;
  /** Checks the policy requires to run. */
  require: readonly string[];
  /** Each check's policy section, defaults applied. */
  sections: Readonly<Record<string, unknown>>;
  /** compliance.require of the policy, when it has one. */
  controls: readonly string[];
}

export interface Evidence {
  reportSha256: string;
  reportPath?: string;
  statement?: { path: string; sha256: string };
}

type Json = Record<string, unknown>;

const POLICY_REF = 'standard:policy';
const ASSESSOR_REF = 'assessor:modelgate';
const REPORT_EVIDENCE = 'evidence:report';
const VERDICT_EVIDENCE = 'evidence:verdict';

/** Waived findings of every check, in the report's order, each with its check id. */
export function waivedFindings(report: Report): Array<ReportFinding & { checkId: string; waiver: WaiverRef }> {
  return report.checks.flatMap((c) => c.findings.filter((f): f is ReportFinding & { waiver: WaiverRef } => f.waiver !== undefined).map((f) => ({ ...f, checkId: c.id })));
}

export const waiverText = (w: WaiverRef): string => `waived by ${w.owner} until ${w.expires}: ${w.reason}`;

interface Requirement {
  ref: string;
  identifier: string;
  title: string;
  text: string;
  claim: { predicate: string; score?: number; rationale: string; counter?: string[] };
}

function requirements(report: Report, policy: PolicyInBom, waiverRefs: Map<string, string[]>): Requirement[] {
  const out: Requirement[] = [];
  out.push({
    ref: 'requirement:fail-on',
    identifier: 'failOn',
    title: `No finding of severity ${report.failOn} or above is left unwaived`,
    text: `failOn: ${report.failOn}`,
    claim: { predicate: `${report.violations} violation(s) left after waivers`, score: report.violations === 0 ? 1 : 0, rationale: `verdict ${report.verdict}` },
  });
  if (policy.require.length) {
    const missing = policy.require.filter((id) => report.checks.find((c) => c.id === id)?.status !== 'passed');
    out.push({
      ref: 'requirement:required-checks',
      identifier: 'require',
      title: 'The required checks run and pass',
      text: `require: [${policy.require.join(', ')}]`,
      claim: { predicate: missing.length ? `not passed: ${missing.join(', ')}` : 'every required check passed', score: missing.length ? 0 : 1, rationale: missing.length ? 'a required check did not pass' : 'all passed' },
    });
  }
  for (const c of report.checks) {
    if (c.id === 'policy' || policy.sections[c.id] === undefined) continue;
    const { violations } = checkCounts(c);
    const counter = waiverRefs.get(c.id) ?? [];
    out.push({
      ref: `requirement:check:${c.id}`,
      identifier: c.id,
      title: `${c.title}: the check passes under the policy's ${c.id} section`,
      text: `${c.id}: ${JSON.stringify(policy.sections[c.id])}`,
      claim: {
        predicate: `${c.id} ${c.status}: ${violations} violation(s), ${counter.length} waived finding(s)${c.reason ? `; ${c.reason}` : ''}`,
        ...(c.status === 'passed' ? { score: 1 } : c.status === 'failed' || c.status === 'error' ? { score: 0 } : {}),
        rationale: c.status === 'skipped' ? 'not assessed: the check was skipped' : counter.length ? 'passes only with the waivers named in the counter-claims' : `status ${c.status}`,
        counter,
      },
    });
  }
  for (const id of report.compliance?.required ?? policy.controls) out.push(controlRequirement(report, id));
  return out;
}

/** A required control, with the status the report's compliance section gives it. */
function controlRequirement(report: Report, id: string): Requirement {
  const control = report.compliance?.frameworks.flatMap((f) => f.controls).find((c) => c.id === id);
  const status = control?.status;
  const score = status === 'satisfied' || status === 'waived' ? 1 : status === 'violated' ? 0 : undefined;
  return {
    ref: `requirement:control:${id}`,
    identifier: id,
    title: `Control ${id}${control ? ` (${control.title})` : ''} is assessed and met`,
    text: `compliance.require: ${id}`,
    claim: {
      predicate: status ? `control ${id} ${status}${control!.ran.length ? ` (assessed by ${control!.ran.join(', ')})` : ''}` : `control ${id}: not in the report's compliance section`,
      ...(score !== undefined ? { score } : {}),
      rationale: status === 'waived' ? 'met only through waived findings' : status === 'not-assessed' ? 'no check that evidences it ran' : (status ?? 'not assessed'),
    },
  };
}

function evidence(report: Report, ev: Evidence, time: string): Json[] {
  const digest = `sha256:${ev.reportSha256}`;
  const verdict = `verdict ${report.verdict} (${report.mode}), ${report.violations} violation(s), failOn ${report.failOn}, ${report.waivers.applied.length} waiver(s) applied`;
  const attachment = (content: string) => ({ contents: { attachment: { contentType: 'text/plain', content } } });
  return [
    {
      'bom-ref': REPORT_EVIDENCE,
      propertyName: 'modelgate:report:sha256',
      description: `The gate's JSON report (schema ${report.schemaVersion})${ev.reportPath ? `, written at ${ev.reportPath}` : ''}: every check's status, findings and facts.`,
      data: [{ name: 'report digest', ...attachment(digest) }],
      created: time,
    },
    {
      'bom-ref': VERDICT_EVIDENCE,
      propertyName: 'modelgate:verdict',
      description: ev.statement ? `The verdict statement (in-toto Statement v1, predicate https://modelgate.dev/verdict/v1) at ${ev.statement.path}.` : 'The verdict (no verdict statement was written in this run).',
      data: [{ name: 'verdict', ...attachment(verdict) }, ...(ev.statement ? [{ name: 'verdict statement digest', ...attachment(`sha256:${ev.statement.sha256}`) }] : [])],
      created: time,
    },
  ];
}

/** `definitions` (the policy as a standard) and `declarations` (the attestation). */
export function declarationsOf(report: Report, policy: PolicyInBom, ev: Evidence, modelRef: string, time: string): { definitions: Json; declarations: Json } {
  const waived = waivedFindings(report);
  const waiverClaims = waived.map((f, i) => ({
    'bom-ref': `claim:waiver:${i + 1}`,
    target: modelRef,
    predicate: `${f.ruleId}${f.target ? ` on ${f.target}` : ''} (${f.severity}) is accepted by a waiver`,
    reasoning: `${waiverText(f.waiver)} (${f.message})`,
    evidence: [REPORT_EVIDENCE],
  }));
  const waiverRefs = new Map<string, string[]>();
  waived.forEach((f, i) => waiverRefs.set(f.checkId, [...(waiverRefs.get(f.checkId) ?? []), `claim:waiver:${i + 1}`]));
  const reqs = requirements(report, policy, waiverRefs);
  const claims = reqs.map((r) => ({ 'bom-ref': `claim:${r.ref.slice('requirement:'.length)}`, target: modelRef, predicate: r.claim.predicate, evidence: [REPORT_EVIDENCE, VERDICT_EVIDENCE] }));
  const standard = {
    'bom-ref': POLICY_REF,
    name: 'ModelGate policy',
    version: `sha256:${policy.sha256}`,
    description: `The policy the gate applied: ${policy.path}.`,
    requirements: reqs.map((r) => ({ 'bom-ref': r.ref, identifier: r.identifier, title: r.title, text: r.text })),
  };
  const attestation = {
    summary: `ModelGate ${report.tool.version}: ${report.verdict} (${report.mode}) for ${report.release.name ?? ''} ${report.release.version ?? ''}`.trim(),
    assessor: ASSESSOR_REF,
    map: reqs.map((r, i) => ({
      requirement: r.ref,
      claims: [claims[i]!['bom-ref']],
      ...(r.claim.counter?.length ? { counterClaims: r.claim.counter } : {}),
      conformance: { ...(r.claim.score !== undefined ? { score: r.claim.score } : {}), rationale: r.claim.rationale },
    })),
  };
  return {
    definitions: { standards: [standard] },
    declarations: {
      assessors: [{ 'bom-ref': ASSESSOR_REF, thirdParty: false, organization: { name: `ModelGate ${report.tool.version} (automated release gate)` } }],
      attestations: [attestation],
      claims: [...claims, ...waiverClaims],
      evidence: evidence(report, ev, time),
    },
  };
}

/** Each waived finding as an annotation on the model, made by the waiver's owner. */
export function waiverAnnotations(report: Report, modelRef: string, time: string): Json[] {
  return waivedFindings(report).map((f, i) => ({
    'bom-ref': `annotation:waiver:${i + 1}`,
    subjects: [modelRef],
    annotator: { individual: /^[^@\s]+@[^@\s]+$/.test(f.waiver.owner) ? { email: f.waiver.owner } : { name: f.waiver.owner } },
    timestamp: time,
    text: `${f.ruleId}${f.target ? ` on ${f.target}` : ''} (${f.severity}): ${f.message} — ${waiverText(f.waiver)}`,
  }));
}
