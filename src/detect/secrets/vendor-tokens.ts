// API keys and access tokens whose shape the vendor documents: a fixed prefix, then a fixed length
// of its alphabet (so a match is the token, not a guess from entropy). One pattern per group of
// separators, so that a text without `_` (`-`, `.`) costs no scan of its group; a text shorter than every token
// (most cells of a typed table) costs a length test.
import type { Detector } from '../types.js';

/** A token ends where its alphabet does: no letter, digit, `_` or `-` after it. */
const END = '(?![A-Za-z0-9_-])';

/** The shortest token of either group (`sq0atp-` and 22): most table cells are shorter. */
const MIN_LENGTH = 29;

/**
 * A scan for `pattern` in texts that hold one of its prefixes: a text shorter than any token is left
 * at once (most cells of a typed table), then one search for the prefixes (one alternation of
 * literals: a third of the time of a search per prefix on prose), then the pattern.
 */
function tokenScan(pattern: RegExp, prefixes: readonly string[]): (text: string) => Array<{ start: number; end: number }> {
  const anyPrefix = new RegExp(prefixes.map((p) => p.replace(/[.]/g, '\\.')).join('|'));
  return (text) => {
    const out: Array<{ start: number; end: number }> = [];
    if (text.length < MIN_LENGTH || !anyPrefix.test(text)) return out;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  };
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
    ['npm_', 'hf_', '_v1_', 'shp', 'glsa_', 'sbp_', 'r8_', 'gsk_', 'lin_api_', 'pscale_tkn_', 'whsec_'],
  ),
  score: 0.95,
};

/**
 * Tokens with `-` in their prefix: OpenAI keys (`sk-` …, with `T3BlbkFJ` inside), Anthropic keys
 * (`sk-ant-api03-` …), age secret keys (`AGE-SECRET-KEY-1` + 58 Bech32), Postman (`PMAK-` + 24 hex +
 * `-` + 34 hex), Google OAuth client secrets (`GOCSPX-` + 28), PyPI upload tokens
 * (`pypi-AgEIcHlwaS5vcmc` …), Square (`sq0atp-` + 22, `sq0csp-` + 43), New Relic user keys (`NRAK-` + 27).
 */
export const dashedToken: Detector = {
  type: 'api-token',
  scan: tokenScan(
    new RegExp(
      '(?<![A-Za-z0-9_.-])(?:sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}|sk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,120}|AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|GOCSPX-[A-Za-z0-9_-]{28}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|sq0(?:atp-[A-Za-z0-9_-]{22}|csp-[A-Za-z0-9_-]{43})|NRAK-[A-Z0-9]{27})' + END,
      'g',
    ),
    ['sk-', 'AGE-SECRET-KEY-', 'PMAK-', 'GOCSPX-', 'pypi-', 'sq0', 'NRAK-'],
  ),
  score: 0.95,
};

/**
 * Tokens with `.` in their prefix: SendGrid API keys (`SG.` + 22 + `.` + 43), HashiCorp Vault
 * service tokens (`hvs.` + 90 or more), Dynatrace (`dt0c01.` + 24 + `.` + 64).
 */
export const dottedToken: Detector = {
  type: 'api-token',
  scan: tokenScan(
    new RegExp('(?<![A-Za-z0-9_.-])(?:SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}|hvs\\.[A-Za-z0-9_-]{90,}|dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})' + END, 'g'),
    ['SG.', 'hvs.', 'dt0c01.'],
  ),
  score: 0.95,
};
