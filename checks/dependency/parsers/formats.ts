// The lockfile formats the dependency check reads (the manifest schema names them; parsers load with the check).
export const LOCKFILE_FORMATS = ['requirements', 'poetry.lock', 'uv.lock', 'Pipfile.lock', 'environment.yml', 'package-lock', 'sbom'] as const;
export type LockfileFormat = (typeof LOCKFILE_FORMATS)[number];
