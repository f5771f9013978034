// Global setup of the unit + e2e run: build dist/ exactly as `npm run build` does, so the
// end-to-end tests run the bundle the runner would run. (CI then fails if dist/ differs from git.)
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // For quick unit runs while several people work in one tree: MODELGATE_SKIP_BUILD=1 keeps dist/ as it is.
  if (process.env.MODELGATE_SKIP_BUILD) return;
  // MODELGATE_DIST=DIR builds into DIR instead (and the e2e tests run that bundle): dist/ stays untouched.
  const out = process.env.MODELGATE_DIST;
  execFileSync(process.execPath, ['scripts/build.mjs', ...(out ? [out] : [])], { stdio: 'inherit' });
}
