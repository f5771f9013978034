// Global setup of the unit + e2e run: build dist/ exactly as `npm run build` does, so the
// end-to-end tests run the bundle the runner would run. (CI then fails if dist/ differs from git.)
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
