// Untrusted text in the step's log, through the bundled action and the CLI: a column name, a data file
// name and the release name that hold workflow commands, `##[` and ANSI escapes must not command the
// runner (issue 22, workflow-command injection). Strings are built at run time.
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from '../helpers/action-runner.js';
import { manifestYaml, sha256, tempWorkspace } from '../helpers/workspace.js';

const inj = (c: string) => ['::', c, '::pwned'].join('');
const column = `"note\n${inj('add-mask')}\n${inj('stop-commands')}\n##[error]pwned \u001b[31m"`;
const release = () =>
  tempWorkspace({
    'model-release.yaml': manifestYaml([{ path: 'm.bin', sha256: sha256('w') }], `data:\n  scan:\n    - path: data/people.csv\n`).replace(
      'name: demo',
      `name: ${JSON.stringify(`demo\n${inj('error')}`)}`,
    ),
    'm.bin': 'w',
    'data/people.csv': `${column},email\nhello,${['ann', 'example.com'].join('@')}\n`,
  });

/** Lines the runner would execute that the gate did not mean: the planted commands, `##[` anywhere, raw ESC. */
function injected(out: string): string[] {
  return out.split('\n').filter((l) => /^\s*::[a-z-]+(?: [^:]*)?::pwned/.test(l) || l.includes('##[') || l.includes('\u001b'));
}

describe('untrusted text in the log', () => {
  it('the action: no planted command, no ##[, no escape sequence reaches the runner', async () => {
    const r = await runAction(release(), {});
    expect(r.status, r.stdout).toBe(1); // the e-mail address is a finding
    expect(r.stdout).toContain('pwned'); // the text is shown…
    expect(injected(r.stdout)).toEqual([]); // …but inert
    expect(injected(r.stderr)).toEqual([]);
  });

  it('the CLI (text and ECS logs, JSON on standard output): the same', () => {
    const ws = release();
    for (const args of [['check'], ['check', '--log-format', 'ecs'], ['check', '--format', 'json']]) {
      const r = runCli(args, ws);
      expect(r.status, r.stderr).toBe(1);
      expect(injected(r.stdout), args.join(' ')).toEqual([]);
      expect(injected(r.stderr), args.join(' ')).toEqual([]);
    }
    // JSON stays JSON, with the same values.
    const json = JSON.parse(runCli(['check', '--format', 'json'], ws).stdout) as { release: { name: string } };
    expect(json.release.name).toBe(`demo\n${inj('error')}`);
  });
});

describe('untrusted text in modelgate pii scan', () => {
  it('its lines on standard error, which name the file and the column, are inert too', () => {
    const file = 'data/##[error]pwned.csv';
    const ws = tempWorkspace({ [file]: `${column},n\n${['ann', 'example.com'].join('@')},1\n` });
    const r = runCli(['pii', 'scan', file], ws);
    expect(r.stderr).toContain('pwned');
    expect(injected(r.stderr)).toEqual([]);
  });
});
