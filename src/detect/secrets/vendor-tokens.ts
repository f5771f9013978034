// API keys and access tokens whose shape the vendor documents: a fixed prefix, then a fixed length
// of its alphabet (so a match is the token, not a guess from entropy). One pattern per group of
// separators, so that a text without `_` (`-`, `.`) costs no scan of its group; a text shorter than every token
// (most cells of a typed table) costs a length test.
import type { Detector } from '../types.js';

/** A token ends where its alphabet does: no letter, digit, `_` or `-` after it. */
const END = '(?![A-Za-z0-9_-])';

/** The shortest token of the groups (`hvs.` and 24): most table cells are shorter. */
const MIN_LENGTH = 28;

/**
 * A scan for `pattern` in texts that hold one of its prefixes, each of which ends with `sep` (`_`,
 * `-` or `.`): a text shorter than any token is left at once (most cells of a typed table); then
 * each `sep` of the text is read with the characters before it (prose holds few of them; one search
 * for every prefix costs three times as much), and the pattern runs only where a prefix stands. `gate`, when
 * given, is a search for the prefixes themselves (prefixesPattern), used instead: where the separator ends
 * many words (`.` after an `s` or a `t`: sentences), one search of the text costs less (a quarter).
 */
function tokenScan(pattern: RegExp, sep: string, prefixes: readonly string[], gate?: RegExp): (text: string) => Array<{ start: number; end: number }> {
  const heads = prefixes.map((p) => p.slice(0, -1));
  // The last characters of the heads: a `sep` after any other character (a digit of a date, the
  // end of a sentence) is passed by at once.
  const last = new Uint8Array(128);
  for (const h of heads) last[h.charCodeAt(h.length - 1)] = 1;
  return (text) => {
    const out: Array<{ start: number; end: number }> = [];
    if (text.length < MIN_LENGTH || !(gate === undefined ? prefixAt(text, sep, heads, last) : gate.test(text))) return out;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };
}

/** A search for any of the prefixes (literally). */
export function prefixesPattern(prefixes: readonly string[]): RegExp {
  return new RegExp(prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

export const DOTTED_PREFIXES = ['SG.', 'hvs.', 'hvb.', 'hvr.', 'dt0c01.', 'dp.st.', 'dp.pt.', 'dp.sa.', 'dp.ct.'];
const UNDERSCORE_PREFIXES = ['npm_', 'hf_', 'dop_', 'doo_', 'dor_', 'shpat_', 'shpca_', 'shppa_', 'shpss_', 'glsa_', 'sbp_', 'r8_', 'gsk_', 'lin_', 'pscale_', 'whsec_'];
const DASHED_PREFIXES = ['sk-', 'AGE-', 'PMAK-', 'GOCSPX-', 'pypi-', 'sq0atp-', 'sq0csp-', 'NRAK-'];

/** Whether one of `heads` (whose last characters `last` marks) stands right before an occurrence of `sep` in the text. */
export function prefixAt(text: string, sep: string, heads: readonly string[], last: Uint8Array): boolean {
  for (let i = text.indexOf(sep, 1); i !== -1; i = text.indexOf(sep, i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c >= 128 || last[c] === 0) continue;
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k]!;
      if (i >= h.length && text.startsWith(h, i - h.length)) return true;
    }
  }
  return false;
}

/**
 * Tokens with an underscore in their prefix: npm access tokens (`npm_` + 36), Hugging Face user
 * access tokens (`hf_` + 34 letters), DigitalOcean personal/OAuth/refresh tokens (`dop_v1_`, `doo_v1_`,
 * `dor_v1_` + 64 hex), Shopify app tokens (`shpat_`, `shpca_`, `shppa_`, `shpss_` + 32 hex), Grafana
 * service-account tokens (`glsa_` + 32 + `_` + 8 hex), Supabase (`sbp_` + 40 hex), Replicate (`r8_` +
 * 37), Groq (`gsk_` + 52), Linear (`lin_api_` + 40), PlanetScale (`pscale_tkn_` + 43), Stripe webhook
 * signing secrets (`whsec_` + 32 or more).
 */
export const underscoreToken: Detector = {
  type: 'api-token',
  scan: tokenScan(
    new RegExp(
      '(?<![A-Za-z0-9_-])(?:npm_[A-Za-z0-9]{36}|hf_[A-Za-z]{34}|do[opr]_v1_[a-f0-9]{64}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|sbp_[a-f0-9]{40}|r8_[A-Za-z0-9]{37}|gsk_[A-Za-z0-9]{52}|lin_api_[A-Za-z0-9]{40}|pscale_tkn_[A-Za-z0-9_.-]{43}|whsec_[A-Za-z0-9+/=]{32,88})' + END,
      'g',
    ),
    '_',
    UNDERSCORE_PREFIXES,
  ),
  // The engine passes by a text that holds no prefix (in any case) without the scan's search for them.
  textHolds: UNDERSCORE_PREFIXES,
  score: 0.95,
};

/**
 * Tokens with `-` in their prefix: OpenAI keys (`sk-` …, with `T3BlbkFJ` inside; the project, service
 * account and admin keys `sk-proj-`, `sk-svcacct-`, `sk-admin-` also without it, 40 characters or more
 * of base64url with a digit and both cases: a placeholder `sk-proj-xxxx…` has neither), Anthropic keys
 * (`sk-ant-api03-` …), age secret keys (`AGE-SECRET-KEY-1` + 58 Bech32), Postman (`PMAK-` + 24 hex +
 * `-` + 34 hex), Google OAuth client secrets (`GOCSPX-` + 28), PyPI upload tokens
 * (`pypi-AgEIcHlwaS5vcmc` …), Square (`sq0atp-` + 22, `sq0csp-` + 43), New Relic user keys (`NRAK-` + 27).
 */
export const dashedToken: Detector = {
  type: 'api-token',
  scan: tokenScan(
    new RegExp(
      '(?<![A-Za-z0-9_.-])(?:sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}|sk-(?:proj|svcacct|admin)-(?=[\\w-]*\\d)(?=[\\w-]*[A-Z])(?=[\\w-]*[a-z])[A-Za-z0-9_-]{40,200}|sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,120}|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|GOCSPX-[A-Za-z0-9_-]{28}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|sq0(?:atp-[A-Za-z0-9_-]{22}|csp-[A-Za-z0-9_-]{43})|NRAK-[A-Z0-9]{27})' + END,
      'g',
    ),
    '-',
    DASHED_PREFIXES,
  ),
  textHolds: DASHED_PREFIXES,
  score: 0.95,
};

/**
 * Tokens with `.` in their prefix: SendGrid API keys (`SG.` + 22 + `.` + 43), HashiCorp Vault
 * service, batch and recovery tokens (`hvs.`, `hvb.`, `hvr.` + 24 or more: a root token's body has
 * 24, a server-side token's 90 or more; a digit or a capital, and a digit or a small letter: a
 * placeholder `hvs.xxxx…` has not), Dynatrace (`dt0c01.` + 24 + `.` + 64), Doppler service, personal,
 * service-account and CLI tokens (`dp.st.`, `dp.pt.`, `dp.sa.`, `dp.ct.`, a service token with its
 * environment's slug `dp.st.prd.`, then 40 to 44 letters and digits with a digit or a capital).
 */
export const dottedToken: Detector = {
  type: 'api-token',
  scan: tokenScan(
    new RegExp('(?<![A-Za-z0-9_.-])(?:SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}|hv[sbr]\\.(?=[\\w-]*[0-9A-Z])(?=[\\w-]*[0-9a-z])[A-Za-z0-9_-]{24,}|dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}|dp\\.(?:st|pt|sa|ct)\\.(?:[a-z0-9_-]{2,35}\\.)?(?=[A-Za-z0-9]{0,43}[0-9A-Z])[A-Za-z0-9]{40,44})' + END, 'g'),
    '.',
    DOTTED_PREFIXES,
    prefixesPattern(DOTTED_PREFIXES),
  ),
  textHolds: DOTTED_PREFIXES,
  score: 0.95,
};

/**
 * Atlassian API tokens (Jira, Confluence, Bitbucket: `ATATT3` then base64url and `=` with an eight-hex
 * checksum, 192 characters in all as issued; a range here, as gitleaks's rule has one length).
 */
export const atlassianApiToken: Detector = {
  type: 'api-token',
  pattern: /(?<![A-Za-z0-9_-])ATATT3[A-Za-z0-9_=-]{150,300}(?![A-Za-z0-9_=-])/g,
  prefilter: ['ATATT3'],
  score: 0.95,
};

/** Terraform Cloud / Enterprise API tokens: 14 characters, `.atlasv1.`, then 60 to 70 (gitleaks's rule). */
export const terraformCloudToken: Detector = {
  type: 'api-token',
  pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
  prefilter: ['.atlasv1.'],
  score: 0.95,
};
