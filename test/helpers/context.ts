// A check context as the gate builds it, for tests that call a check's run() directly.
import { join } from 'node:path';
import type { CheckContext, LoadedManifest } from '../../src/check.js';

export function checkContext<C>(opts: { id: string; workspace: string; manifest: LoadedManifest; config: C; logs?: string[]; now?: Date; upstream?: CheckContext<C>['upstream'] }): CheckContext<C> {
  const logs = opts.logs ?? [];
  return {
    manifest: opts.manifest,
    config: opts.config,
    workspace: opts.workspace,
    logger: { info: (m) => logs.push(m), warning: (m) => logs.push(m), debug: () => {} },
    signal: new AbortController().signal,
    outputDir: join(opts.workspace, '.modelgate', opts.id),
    now: opts.now ?? new Date(),
    policy: { path: 'baseline', locate: () => ({ file: 'baseline' }) },
    upstream: opts.upstream ?? {},
  };
}
