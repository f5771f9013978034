// A release as a user writes it (a manifest with one section) and the CLI run as a user runs it,
// for the gate-level tests of the checks.
import { cli } from '../../src/cli.js';

/** A ModelRelease manifest whose only section after metadata is `section`, with `body` already indented. */
export function releaseManifest(section: string, body: string): string {
  return `apiVersion: modelgate.dev/v1\nkind: ModelRelease\nmetadata: { name: demo, version: 1.0.0, owner: team@example.com }\n${section}:\n${body}`;
}

/** Runs `modelgate <args>` in process; returns the exit code and what it printed. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
