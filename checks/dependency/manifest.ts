// What the dependency check reads in the manifest's `dependencies` section.
import { z } from 'zod';
import { SCANNER_TOOLS } from '../../src/scanners/types.js';
import { LOCKFILE_FORMATS } from './parsers/formats.js';

const path = z.string().min(1).describe('Relative to the manifest folder');
const scope = z.enum(['runtime', 'development']);

export type DependencySection = z.output<z.ZodObject<typeof dependencyManifest.dependencies>>;

export const dependencyManifest = {
  dependencies: {
    lockfiles: z
      .array(
        z.union([
          path,
          z.strictObject({
            path,
            format: z.enum(LOCKFILE_FORMATS).optional().describe('Detected from the file name when absent'),
            scope: scope.optional().describe('For requirements files and environment.yml (default runtime); lockfiles say it per package'),
          }),
        ]),
      )
      .default([])
      .describe('requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, environment.yml, package-lock.json'),
    sboms: z
      .array(z.union([path, z.strictObject({ path })]))
      .default([])
      .describe('CycloneDX JSON or SPDX 2.x JSON'),
    reports: z
      .array(z.union([path, z.strictObject({ path, tool: z.enum(SCANNER_TOOLS).optional().describe('Checked against the detected format') })]))
      .default([])
      .describe('JSON reports of Trivy, Grype, osv-scanner, pip-audit or npm audit'),
    advisories: z
      .strictObject({
        osvDatabase: path.optional().describe('Folder or .zip of OSV records (JSON or YAML)'),
      })
      .optional()
      .describe('Where advisories come from (the OSV API is enabled by policy)'),
  },
};
