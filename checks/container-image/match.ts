// Small matchers shared by the image inspection and the Dockerfile rules: globs, secret-looking
// names and values, user strings that mean root, downloads piped into a shell.
import { detectSecrets, maskSecret } from '../../src/detect/index.js';
import { compileGlob, type GlobMatcher } from '../../src/io/glob-match.js';

/** `*` matches any run of characters (including "/"), `?` one character; case-sensitive unless told. Linear time (src/io/glob-match.ts). */
export function glob(pattern: string, value: string, ignoreCase = false): boolean {
  return imageGlob(pattern, ignoreCase).test(value);
}

function imageGlob(pattern: string, ignoreCase = false): GlobMatcher {
  return compileGlob(pattern, { question: true, ignoreCase });
}

/** One matcher for many globs (paths inside the image; a leading "/" is ignored). */
export function pathMatcher(patterns: readonly string[]): (path: string) => boolean {
  const res = patterns.map((p) => imageGlob(p.replace(/^\/+/, '')));
  return (path) => res.some((re) => re.test(path));
}

/** Name tokens (split on _ - .) that make a variable secret-looking. */
const SECRET_TOKENS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'SECRET', 'SECRETS', 'TOKEN', 'TOKENS', 'KEY', 'APIKEY', 'ACCESS', 'ACCESSKEY', 'CREDENTIAL', 'CREDENTIALS', 'PRIVATE']);

/**
 * A variable name that says it holds a secret (DB_PASSWORD, AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, API_KEY):
 * whole tokens, so TOKENIZERS_PARALLELISM and KEYBOARD are not; PASSWORD and SECRET also inside a token.
 */
export function secretLookingName(name: string): boolean {
  const tokens = name.toUpperCase().split(/[_\-.]+/).filter(Boolean);
  return tokens.some((t) => SECRET_TOKENS.has(t)) || /(?:PASSWORD|PASSWD|SECRET|APIKEY|ACCESSKEY)/i.test(name.replace(/[_\-.]/g, ''));
}

export interface SecretVerdict {
  why: 'name' | 'value';
  /** Detector type when the value was recognised. */
  type?: string;
  /** Masked value: never the value itself. */
  masked: string;
}

/**
 * Whether NAME=VALUE looks like a secret: a detector recognises the value (src/detect), or the name
 * is secret-looking and the value is non-empty and not a reference (`$VAR`, `/run/secrets/…`).
 * Names matching `allow` globs are never secrets.
 */
export function secretEnv(name: string, value: string, allow: readonly string[]): SecretVerdict | undefined {
  if (allow.some((p) => glob(p, name, true))) return undefined;
  const detected = detectSecrets(value);
  if (detected.length) {
    const m = detected[0]!;
    return { why: 'value', type: m.type, masked: maskSecret(value.slice(m.start, m.end)) };
  }
  if (!secretLookingName(name)) return undefined;
  const v = value.trim();
  if (v === '' || /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || v.startsWith('/run/secrets/')) return undefined;
  return { why: 'name', masked: maskSecret(v) };
}

/** "8080", "8080/tcp", "8000-8002/udp", 8080 → range and protocol (tcp by default); undefined when it is not a port. */
export function parsePortSpec(p: string | number): { from: number; to: number; proto: string } | undefined {
  const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/([A-Za-z]+))?$/.exec(String(p).trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 65535 || to < from) return undefined;
  return { from, to, proto: (m[3] ?? 'tcp').toLowerCase() };
}

/** Whether every port of an exposed port (or range) is allowed by some spec of the same protocol; a port that does not parse is not allowed. */
export function portMatcher(allowedSpecs: ReadonlyArray<string | number>): (port: string) => boolean {
  const allowed = allowedSpecs.map(parsePortSpec).filter((a) => a !== undefined);
  return (p) => {
    const port = parsePortSpec(p);
    if (port === undefined) return false;
    for (let n = port.from; n <= port.to; n++) {
      if (!allowed.some((a) => a.proto === port.proto && n >= a.from && n <= a.to)) return false;
    }
    return true;
  };
}

/** Docker user strings that mean root: empty, root, 0, and either with any group. */
export function isRootUser(user: string | undefined): boolean {
  const u = (user ?? '').trim();
  if (u === '') return true;
  const name = u.split(':')[0]!.trim();
  return name === 'root' || /^0+$/.test(name);
}

/** A download command's output piped into a shell or interpreter, or fed to one through $(…) / <(…). */
const PIPE_TO_SHELL = /\b(?:curl|wget|fetch)\b[^|;&\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+)?(?:\S*\/)?(?:ba|z|da|k|fi|a)?sh\b/;
const SUBST_TO_SHELL = /\b(?:(?:ba|z|da|k)?sh)\b(?:\s+-\S+)*\s+(?:-c\s+)?["']?(?:\$\(|<\(|`)\s*(?:curl|wget)\b/;
const PIPE_TO_INTERPRETER = /\b(?:curl|wget)\b[^|;&\n]*\|\s*(?:sudo\s+)?(?:\S*\/)?(?:python[0-9.]*|perl|ruby|node)\b(?:\s+-)?\s*(?:$|[;&|)\n])/;

export function pipesDownloadToShell(command: string): boolean {
  return PIPE_TO_SHELL.test(command) || SUBST_TO_SHELL.test(command) || PIPE_TO_INTERPRETER.test(command);
}

/**
 * Files that usually hold credentials (Dockle CIS-DI-0010's list and more). A pattern without "/"
 * matches the file name anywhere; with "/" it matches the end of the path.
 */
export const CREDENTIAL_FILES = [
  'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk',
  '.env', '.env.local', '.env.production', '.env.prod', '.env.development', '.env.staging',
  'credentials.json', 'client_secret*.json', 'service-account*.json', 'gcloud/application_default_credentials.json',
  '.git-credentials', '.netrc', '_netrc', '.pgpass', '.my.cnf', '.pypirc', '.npmrc', '.yarnrc.yml', '.dockercfg', '.docker/config.json',
  '.aws/credentials', '.aws/config', '.kube/config', '.azure/accessTokens.json', '.config/gh/hosts.yml', '.terraformrc', 'terraform.tfstate',
  '.htpasswd', 'secret_token.rb', 'secrets.yml', 'master.key', 'credentials.yml.enc', 'wp-config.php',
  '*.p12', '*.pfx', '*.jks', '*.keystore', '*.ppk', '*.ovpn',
];

export function credentialMatcher(extra: readonly string[], allowed: readonly string[]): (path: string) => boolean {
  const isAllowed = pathMatcher(allowed);
  const patterns = [...CREDENTIAL_FILES, ...extra];
  const byName = patterns.filter((p) => !p.includes('/')).map((p) => imageGlob(p));
  const byPath = patterns.filter((p) => p.includes('/')).flatMap((p) => {
    const q = p.replace(/^\/+/, '');
    return [imageGlob(q), imageGlob(`*/${q}`)];
  });
  return (path: string) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return (byName.some((re) => re.test(base)) || byPath.some((re) => re.test(path))) && !isAllowed(path);
  };
}
