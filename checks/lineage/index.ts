// Lineage and integrity: every model artifact listed in the manifest exists and matches its sha256.
import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { z } from 'zod';
import { readSection, type Check, type CheckContext, type CheckResult, type RuleDef } from '../../src/check.js';
import { sha256Schema } from '../../src/manifest/schema.js';
import { defaultConcurrency, mapLimit, sha256File } from '../../src/io/hash.js';
import { resolveInWorkspace } from '../../src/io/workspace.js';
import type { Finding } from '../../src/report/model.js';

export const lineageConfigSchema = z
  .strictObject({
    hashConcurrency: z
      .number()
      .int()
      .min(1)
      .max(256)
      .optional()
      .describe('Artifacts hashed in parallel (default: one per available CPU)'),
  })
  .default({})
  .describe('Lineage and integrity check');

export type LineageConfig = z.output<typeof lineageConfigSchema>;

/** What this check reads in the manifest's `model` section. */
export const lineageManifest = {
  model: {
    artifacts: z
      .array(
        z.strictObject({
          path: z.string().min(1).describe('File, relative to the manifest folder'),
          sha256: sha256Schema.describe('Expected sha256 of the file (hex)'),
          name: z.string().optional(),
          format: z.string().optional().describe('pickle, pytorch, safetensors, onnx, joblib, numpy…'),
        }),
      )
      .default([])
      .describe('Model files whose digests the lineage check verifies'),
  },
};

const RULES = {
  missing: {
    id: 'lineage/artifact-missing',
    title: 'Model artifact missing',
    severity: 'high',
    help: 'A model artifact listed in the release manifest does not exist, or is not a regular file, so its integrity cannot be verified.',
    remediation: 'Build or download the artifact before the gate runs, or correct `path` in the manifest (relative to the manifest folder).',
  },
  mismatch: {
    id: 'lineage/artifact-digest-mismatch',
    title: 'Model artifact digest mismatch',
    severity: 'critical',
    help: 'The sha256 of a model artifact differs from the digest recorded in the release manifest: the file being released is not the one that was recorded.',
    remediation:
      'Find out why the file changed. If the new file is the intended release, record its digest (`sha256sum <file>`) in the manifest; otherwise restore the recorded artifact.',
  },
} as const satisfies Record<string, RuleDef>;

/** One artifact as reported in the facts: plain values only, null where the file could not be read. */
export interface ArtifactFact {
  path: string;
  name: string;
  size: number | null;
  sha256: string | null;
  expected: string;
  ok: boolean;
}

/** Digest prefix shown in messages: long enough to tell digests apart, short enough to read. */
const SHORT = 12;

export const lineage: Check<LineageConfig> = {
  id: 'lineage',
  title: 'Lineage and integrity',
  section: 'model',
  manifest: lineageManifest,
  rules: Object.values(RULES),
  configSchema: lineageConfigSchema,
  async run(ctx: CheckContext<LineageConfig>): Promise<CheckResult> {
    const { manifest, workspace, signal } = ctx;
    const artifacts = readSection(manifest, 'model', lineageManifest.model)?.artifacts ?? [];
    if (artifacts.length === 0) {
      return { status: 'skipped', reason: 'no model artifacts listed in the manifest', findings: [], facts: {}, outputs: [] };
    }

    // Resolve every path before any I/O: a path that escapes the workspace is a configuration
    // error (thrown, so the gate fails closed), not a finding.
    const resolved = artifacts.map((a, i) => ({
      artifact: a,
      index: i,
      abs: resolveInWorkspace(workspace, manifest.dir, a.path, manifest.locate(['model', 'artifacts', i, 'path'])),
    }));

    const started = performance.now();
    const results = await mapLimit(resolved, ctx.config.hashConcurrency ?? defaultConcurrency(), async ({ abs }) => {
      let isFile: boolean;
      try {
        isFile = (await stat(abs)).isFile();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' as const, why: 'does not exist' };
        throw e; // unreadable (permissions, I/O): the check cannot decide
      }
      if (!isFile) return { kind: 'missing' as const, why: 'is not a regular file' };
      return { kind: 'hashed' as const, ...(await sha256File(abs, signal)) };
    });

    const findings: Finding[] = [];
    const facts: ArtifactFact[] = [];
    let totalBytes = 0;
    results.forEach((r, i) => {
      const { artifact: a } = resolved[i]!;
      const name = a.name ?? posix.basename(a.path.replace(/\\/g, '/'));
      if (r.kind === 'missing') {
        facts.push({ path: a.path, name, size: null, sha256: null, expected: a.sha256, ok: false });
        findings.push({
          ruleId: RULES.missing.id,
          severity: RULES.missing.severity,
          message: `model artifact "${a.path}" ${r.why}`,
          location: manifest.locate(['model', 'artifacts', i, 'path']),
          target: a.path,
          remediation: RULES.missing.remediation,
        });
        return;
      }
      totalBytes += r.size;
      const ok = r.sha256 === a.sha256;
      facts.push({ path: a.path, name, size: r.size, sha256: r.sha256, expected: a.sha256, ok });
      if (!ok) {
        findings.push({
          ruleId: RULES.mismatch.id,
          severity: RULES.mismatch.severity,
          message: `model artifact "${a.path}" does not match the sha256 recorded in the manifest`,
          location: manifest.locate(['model', 'artifacts', i, 'sha256']),
          target: a.path,
          evidence: `expected ${a.sha256.slice(0, SHORT)}…, got ${r.sha256.slice(0, SHORT)}…`,
          remediation: RULES.mismatch.remediation,
        });
      }
    });

    const verified = facts.filter((f) => f.ok).length;
    const missing = results.filter((r) => r.kind === 'missing').length;
    const mismatched = facts.length - verified - missing;
    const ms = Math.round(performance.now() - started);
    ctx.logger.info(`hashed ${facts.length - missing} of ${facts.length} artifact(s), ${formatBytes(totalBytes)} in ${ms} ms`);

    return {
      status: 'passed',
      findings,
      facts: { artifacts: facts, artifactCount: facts.length, totalBytes, verified, mismatched, missing },
      outputs: [],
    };
  },
};

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

export default lineage;
