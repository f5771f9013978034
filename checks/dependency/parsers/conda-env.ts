// conda environment.yml: channel packages as conda match specs (`name=1.2=build`, `name==1.2`,
// `channel::name>=1`) and a `pip:` list in requirements syntax.
import { redactUrls } from '../../../src/detect/redact-url.js';
import { ConfigError } from '../../../src/errors.js';
import { parseYaml } from '../../../src/io/yaml.js';
import type { Dependency, ParsedFile, Scope } from '../package.js';
import type { LockfileParser } from './formats.js';
import { isObject } from './json.js';
import { parseRequirements } from './requirements.js';

const MATCH_SPEC = /^(?:[A-Za-z0-9_.-]+::)?([A-Za-z0-9_.-]+)\s*(?:(==|=|>=|<=|>|<|!=|~=)\s*([^=\s,|]+)(?:=([^\s]+))?|\s+([^\s=]+)(?:\s+(\S+))?)?$/;

export function parseCondaEnv(text: string, file: string, scope: Scope): ParsedFile {
  const doc = parseYaml(text, file);
  if (!isObject(doc.data)) throw new ConfigError('environment file must be a YAML mapping', { file, line: 1 });
  const deps = doc.data.dependencies;
  if (!Array.isArray(deps)) throw new ConfigError('environment file has no `dependencies` list', doc.locate(['dependencies']));
  const dependencies: Dependency[] = [];
  deps.forEach((entry, i) => {
    const loc = doc.locate(['dependencies', i]);
    const line = loc.line ?? 1;
    if (isObject(entry) && Array.isArray(entry.pip)) {
      (entry.pip as unknown[]).forEach((req, j) => {
        const at = doc.locate(['dependencies', i, 'pip', j]).line ?? line;
        if (typeof req !== 'string') throw new ConfigError('pip requirement must be a string', { file, line: at });
        const parsed = parseRequirements(req, file, { scope });
        dependencies.push(...parsed.dependencies.map((d) => ({ ...d, line: at })));
      });
      return;
    }
    if (typeof entry !== 'string') throw new ConfigError('dependency must be a conda match spec string or a `pip:` list', loc);
    const m = MATCH_SPEC.exec(entry.trim());
    if (!m) throw new ConfigError(`cannot parse conda match spec ${JSON.stringify(redactUrls(entry))}`, loc);
    const [, name, op, ver, build, spaceVer, spaceBuild] = m;
    const version = op === '==' || op === '=' ? ver : spaceVer;
    // `=1.2` and `1.2` are prefix matches in conda (1.2.*); an exact version without `*` is read as the pin.
    const exact = version !== undefined && !/[*|,]/.test(version) ? version : undefined;
    const dep: Dependency = { ecosystem: 'conda', name: name!, pinned: exact !== undefined, hashes: [], scope, file, line };
    if (exact !== undefined) dep.version = exact;
    else if (op || spaceVer) dep.specifier = `${op ?? ''}${ver ?? spaceVer}`;
    if (build ?? spaceBuild) dep.specifier = `${op ?? '='}${version}=${build ?? spaceBuild}`;
    dependencies.push(dep);
  });
  return { format: 'environment.yml', dependencies };
}

export const condaEnv: LockfileParser = {
  format: 'environment.yml',
  matches: (base) => /^(environment|conda[-_.]?env.*)\.ya?ml$/.test(base),
  parse: (text, file, { scope }) => parseCondaEnv(text, file, scope),
};
