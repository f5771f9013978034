// The OSV record format as a zod schema, written after the OSV JSON Schema (ossf/osv-schema,
// validation/schema.json): the same required fields, enums and patterns. The real-data suite checks
// that it accepts and rejects exactly what the official schema does on the PyPI advisory database.
import { z } from 'zod';

const ECOSYSTEMS =
  'AlmaLinux|Alpaquita|Alpine|Android|Azure Linux|BellSoft Hardened Containers|Bioconductor|Bitnami|Chainguard|CleanStart|ConanCenter|CRAN|crates\\.io|Debian|Docker Hardened Images|Echo|FreeBSD|GHC|GitHub Actions|Go|Hackage|Hex|Julia|Kubernetes|Linux|Mageia|Maven|MinimOS|npm|NuGet|opam|openEuler|openSUSE|OSS-Fuzz|Packagist|Photon OS|Pub|PyPI|Red Hat|Rocky Linux|Root|RubyGems|SUSE|SwiftURL|TuxCare|Ubuntu|VSCode|Wolfi|GIT';
const ID_PREFIX =
  /^(x_|(ASB-A|PUB-A|ALPINE|ALSA|ALBA|ALEA|AZL|BELL|BIT|CGA|CLEANSTART|CLSA|CURL|CVE|DEBIAN|DHI|DRUPAL|DSA|DLA|ELA|DTSA|ECHO|EEF|FreeBSD|GHSA|GO|GSD|HSEC|JLSEC|KUBE|LBSEC|LSN|MAL|MINI|MGASA|OESA|OSEC|OSV|openSUSE-SU|PHSA|PSF|PYSEC|RHBA|RHEA|RHSA|RLSA|RXSA|RSEC|ROOT|RUSTSEC|SUSE-[SRFO]U|UBUNTU|USN|V8)-)/;
// The official pattern is unanchored at the end (fractional seconds are optional, then anything).
const TIMESTAMP = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?Z/;
const GIT_HASH = /^(0|[a-f0-9]{40}|[a-f0-9]{64})$/;
const V2 = '(AV:[NAL]|AC:[LMH]|Au:[MSN]|[CIA]:[NPC]|E:(U|POC|F|H|ND)|RL:(OF|TF|W|U|ND)|RC:(UC|UR|C|ND)|CDP:(N|L|LM|MH|H|ND)|TD:(N|L|M|H|ND)|[CIA]R:(L|M|H|ND))';
const V3 =
  '(AV:[NALP]|AC:[LH]|PR:[NLH]|UI:[NR]|S:[UC]|[CIA]:[NLH]|E:[XUPFH]|RL:[XOTWU]|RC:[XURC]|[CIA]R:[XLMH]|MAV:[XNALP]|MAC:[XLH]|MPR:[XNLH]|MUI:[XNR]|MS:[XUC]|M[CIA]:[XNLH])';
const SCORE_PATTERNS: Record<string, RegExp> = {
  CVSS_V2: new RegExp(`^(${V2}/)*${V2}$`),
  CVSS_V3: new RegExp(`^CVSS:3[.][01]/(${V3}/)*${V3}$`),
  CVSS_V4:
    /^CVSS:4[.]0\/AV:[NALP]\/AC:[LH]\/AT:[NP]\/PR:[NLH]\/UI:[NPA]\/VC:[HLN]\/VI:[HLN]\/VA:[HLN]\/SC:[HLN]\/SI:[HLN]\/SA:[HLN](\/E:[XAPU])?(\/CR:[XHML])?(\/IR:[XHML])?(\/AR:[XHML])?(\/MAV:[XNALP])?(\/MAC:[XLH])?(\/MAT:[XNP])?(\/MPR:[XNLH])?(\/MUI:[XNPA])?(\/MVC:[XNLH])?(\/MVI:[XNLH])?(\/MVA:[XNLH])?(\/MSC:[XNLH])?(\/MSI:[XNLHS])?(\/MSA:[XNLHS])?(\/S:[XNP])?(\/AU:[XNY])?(\/R:[XAUI])?(\/V:[XDC])?(\/RE:[XLMH])?(\/U:(X|Clear|Green|Amber|Red))?$/,
  Ubuntu: /^(negligible|low|medium|high|critical)$/,
};

const timestamp = z.string().regex(TIMESTAMP, 'expected an RFC 3339 UTC timestamp such as 2024-01-31T12:00:00Z');
const strings = z.array(z.string());
// JSON Schema "type: object" admits any object; zod's looseObject keeps unknown keys like the schema does.
const anyObject = z.record(z.string(), z.unknown());

const severity = z
  .array(
    z
      .looseObject({ type: z.enum(['CVSS_V2', 'CVSS_V3', 'CVSS_V4', 'Ubuntu']), score: z.string() })
      .refine((s) => SCORE_PATTERNS[s.type]!.test(s.score), { message: 'score does not match its type (CVSS vector or Ubuntu priority)', path: ['score'] }),
  )
  .nullable();

const event = z.union([
  z.looseObject({ introduced: z.string() }),
  z.looseObject({ fixed: z.string() }),
  z.looseObject({ last_affected: z.string() }),
  z.looseObject({ limit: z.string() }),
]);
export type OsvEvent = { introduced?: string; fixed?: string; last_affected?: string; limit?: string };

const range = z
  .looseObject({
    type: z.enum(['GIT', 'SEMVER', 'ECOSYSTEM']),
    repo: z.string().optional(),
    events: z.array(event).min(1),
    database_specific: anyObject.optional(),
  })
  .superRefine((r, ctx) => {
    const events = r.events as OsvEvent[];
    // oneOf: an event carries exactly one of the four keys.
    events.forEach((e, i) => {
      const keys = (['introduced', 'fixed', 'last_affected', 'limit'] as const).filter((k) => typeof e[k] === 'string');
      if (keys.length !== 1) ctx.addIssue({ code: 'custom', message: 'an event must have exactly one of introduced, fixed, last_affected, limit', path: ['events', i] });
      if (r.type === 'GIT' && keys.length === 1 && !GIT_HASH.test(e[keys[0]!]!)) {
        ctx.addIssue({ code: 'custom', message: 'GIT ranges must use full-length commit hashes', path: ['events', i] });
      }
    });
    if (!events.some((e) => typeof e.introduced === 'string')) ctx.addIssue({ code: 'custom', message: 'events must contain an introduced event', path: ['events'] });
    if (events.some((e) => typeof e.last_affected === 'string') && events.some((e) => typeof e.fixed === 'string')) {
      ctx.addIssue({ code: 'custom', message: 'last_affected and fixed events are mutually exclusive', path: ['events'] });
    }
    if (r.type === 'GIT' && r.repo === undefined) ctx.addIssue({ code: 'custom', message: 'GIT ranges require a repo', path: ['repo'] });
  });

const affected = z.looseObject({
  package: z
    .looseObject({
      ecosystem: z.string().regex(new RegExp(`^(${ECOSYSTEMS})(:.+)?$`), 'unknown OSV ecosystem'),
      name: z.string(),
      purl: z.string().optional(),
    })
    .optional(),
  severity: severity.optional(),
  ranges: z.array(range).optional(),
  versions: strings.optional(),
  ecosystem_specific: anyObject.optional(),
  database_specific: anyObject.optional(),
});

const REFERENCE_TYPES = ['ADVISORY', 'ARTICLE', 'DETECTION', 'DISCUSSION', 'REPORT', 'FIX', 'INTRODUCED', 'GIT', 'PACKAGE', 'EVIDENCE', 'WEB'] as const;
const CREDIT_TYPES = ['FINDER', 'REPORTER', 'ANALYST', 'COORDINATOR', 'REMEDIATION_DEVELOPER', 'REMEDIATION_REVIEWER', 'REMEDIATION_VERIFIER', 'TOOL', 'SPONSOR', 'OTHER'] as const;

export const osvRecordSchema = z
  .strictObject({
    schema_version: z.string().optional(),
    id: z.string().regex(ID_PREFIX, 'unknown advisory id prefix'),
    modified: timestamp,
    published: timestamp.optional(),
    withdrawn: timestamp.optional(),
    aliases: strings.nullable().optional(),
    related: strings.optional(),
    upstream: strings.optional(),
    summary: z.string().optional(),
    details: z.string().optional(),
    severity: severity.optional(),
    affected: z.array(affected).nullable().optional(),
    references: z.array(z.looseObject({ type: z.enum(REFERENCE_TYPES), url: z.string() })).nullable().optional(),
    credits: z.array(z.looseObject({ name: z.string(), contact: strings.optional(), type: z.enum(CREDIT_TYPES).optional() })).optional(),
    database_specific: anyObject.optional(),
  })
  .superRefine((r, ctx) => {
    // Severity lives at the top level or per affected package, never both.
    if (r.severity !== undefined) {
      r.affected?.forEach((a, i) => {
        if (a.severity !== undefined && a.severity !== null) ctx.addIssue({ code: 'custom', message: 'severity is set both on the record and on an affected package', path: ['affected', i, 'severity'] });
      });
    }
  });

export type OsvRecord = z.output<typeof osvRecordSchema>;
export type OsvAffected = z.output<typeof affected>;
export type OsvRange = z.output<typeof range>;

/** The record, or a one-line reason naming the first invalid field. */
export function validateOsvRecord(data: unknown): { ok: true; record: OsvRecord } | { ok: false; error: string; path: Array<string | number> } {
  const r = osvRecordSchema.safeParse(data);
  if (r.success) return { ok: true, record: r.data };
  const issue = r.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const where = path.length ? path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') : 'record';
  return { ok: false, error: `${where}: ${issue.message}`, path };
}
