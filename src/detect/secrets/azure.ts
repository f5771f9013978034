// Azure Storage credentials: an account key (64 random bytes in base64: 86 characters and `==`) where a
// connection string or a setting names it (`AccountKey=…`, `AZURE_STORAGE_KEY=…`) or where the
// management API lists it (`listKeys`: `{"keyName": "key1", …, "value": "…"}`, also JSON-escaped in a log),
// and a shared access signature's `sig` (an HMAC-SHA256 in base64, URL-encoded) in a SAS URL or token.
import type { Detector } from '../types.js';
import { siblingKeyedValues } from '../record-key.js';

/** Group 1: the account key after its name (`AccountKey=`, `account_key: `, `"keyName":"key1","value":"`). */
const ACCOUNT_KEY =
  /(?:AccountKey=|(?:[Aa]ccount[_-]?[Kk]ey|ACCOUNT_KEY|[Ss]torage[_-]?[Kk]ey|STORAGE_KEY)\\?["']?[ \t]*[:=][ \t]*\\?["']?|keyName\\?"[ \t]*:[ \t]*\\?"[\w-]{1,40}\\?"[^{}]{0,200}?\\?"value\\?"[ \t]*:[ \t]*\\?")([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/g;

export const azureStorageAccountKey: Detector = {
  type: 'azure-storage-key',
  pattern: ACCOUNT_KEY,
  group: 1,
  // One literal every match ends with (the key's padding), not the ten names (ten substring searches cost three
  // times the pattern on free text): `=` is rare in prose, and a search for it skips fast.
  prefilter: ['=='],
  score: 0.9,
};

/**
 * A SAS token's signature: `sig=` and 43 characters of base64 then `=` (`%3D` URL-encoded), in a query
 * that also holds the signed version `sv=` (every SAS since 2015 does), so that another URL's `sig`
 * parameter is not read.
 */
const SAS_SIG = /(?<=[?&;]|^)sig=([A-Za-z0-9+/%]{43,60}(?:%3[Dd]|=))(?=[&"'\s]|$)/gm;

export const azureSasSignature: Detector = {
  type: 'azure-sas-token',
  pattern: SAS_SIG,
  group: 1,
  // `g=`, which every match holds: a search for `s` stops at every other word.
  prefilter: ['g='],
  score: 0.9,
  validate: (_v, text, start) => /(?:^|[?&;=])sv=\d{4}-\d\d-\d\d/m.test(text.slice(Math.max(0, start - 400), start + 400)),
};

/** A key that names a shared access signature (`sas_sig`, `AZURE_SAS`, `sasToken`, `SharedAccessSignature`). */
const SAS_KEY = /sas|shared[_-]?access[_-]?sig/i;
/** A SAS signature alone, URL-encoded as a SAS URL carries it: 43 characters of base64 and `%3D`. */
const SAS_VALUE = /^[A-Za-z0-9+/]{43}%3[Dd]$/;

/** The signature alone where a sibling field names it (`{"name": "azure/sas_sig", "value": "…%3D"}`: record-key.ts siblingKeyedValues). */
export const siblingKeyedSasSignature: Detector = {
  type: 'azure-sas-token',
  prefilter: ['%3D', '%3d'],
  scan: (text) => siblingKeyedValues(text).filter((s) => SAS_KEY.test(s.key) && SAS_VALUE.test(text.slice(s.start, s.end))),
  score: 0.9,
};
