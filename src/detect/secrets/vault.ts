// HashiCorp Vault's legacy tokens (before Vault 1.10): `s.` (service) or `b.` (batch) and 24 base62
// characters. Alone the shape is a host name's or a dotted word's (`s.example.com`), so it is taken
// only where a token is said to stand: after a key or header ending in `token` (`VAULT_TOKEN=`,
// `X-Vault-Token:`, `"client_token": "…"`) or after `Bearer`. The current `hvs.`/`hvb.`/`hvr.` tokens
// are vendor-tokens.ts's (their prefix is enough).
import type { Detector } from '../types.js';

const CAMEL_CASE = /^[a-z]+(?:[A-Z][a-z]+)+$/;

export const vaultLegacyToken: Detector = {
  type: 'api-token',
  pattern: /(?:(?:[Tt]oken|TOKEN)["']?[ \t]*[:=][ \t]*["']?|Bearer[ \t]+)([sb]\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])/g,
  group: 1,
  // The key's or the header's word, not `s.`/`b.` (every sentence ending in an s has one): a match holds `Token`, `token`, `TOKEN` or `Bearer`.
  prefilter: ['ken', 'KEN', 'Bearer'],
  score: 0.9,
  // A random body mixes classes; `s.aaaaaaaa…` or all capitals is a stand-in, a camelCase word a property
  // (`token = s.accessTokenFromResponses`).
  validate: (v) => !CAMEL_CASE.test(v.slice(2)) && (/\d/.test(v) || (/[a-z]/.test(v.slice(2)) && /[A-Z]/.test(v))),
};
