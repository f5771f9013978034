// Where the policy in effect came from, for the job summary: who could change it, and the bytes applied.
import { policyFromPullRequestHead } from '../policy/source.js';
import { codeCell } from './format.js';
import type { PolicySource, Report } from './model.js';

/** One line naming the policy's source and digest, and a warning when the pull request itself could change it. */
export function policySourceNote(report: Report): string {
  const src = report.policySource;
  if (!src) return '';
  let s = `Policy source: ${describePolicySource(src)} · sha256 ${codeCell(src.sha256.slice(0, 12))}\n\n`;
  if (policyFromPullRequestHead(src, report.run.eventName)) {
    s +=
      '> [!WARNING]\n> The policy in effect comes from this pull request\'s own checkout: a pull request can change this policy and its waivers. ' +
      'Read it from the base commit (`policy-from: base`) or from a central policy (`policy: owner/repo/path@ref`).\n\n';
  }
  return s;
}

/** "repository `acme/governance`, ref `main`, path `policies/modelgate.yaml`". */
export function describePolicySource(src: PolicySource): string {
  const origin = { baseline: 'built-in baseline', workspace: 'the checkout', 'base-commit': "the pull request's base commit", repository: 'a central policy' }[src.origin];
  const parts = [
    src.repository ? `repository ${codeCell(src.repository)}` : '',
    src.ref ? `ref ${codeCell(src.ref)}` : '',
    src.commit ? `commit ${codeCell(src.commit.slice(0, 12))}` : '',
    src.origin === 'baseline' ? '' : `path ${codeCell(src.path)}`,
  ].filter(Boolean);
  return parts.length ? `${origin} (${parts.join(', ')})` : origin;
}
