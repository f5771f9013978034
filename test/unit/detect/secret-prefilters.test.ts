// The secret detectors' cheaper prefilters and gates find what the former ones did: each detector against
// itself with its former prefilter (JWT `eyJ`, Vault `s.`/`b.`, Django `django-insecure-`, SAS `sig=`,
// Discord `discord`, Azure account key: none), the generic rule's gated scan against its pattern as the
// engine ran it, the sibling-keyed secret against its five literals, and the dotted tokens' prefix search
// against the separator walk. Texts: the credential texts (test/helpers/credential-texts.ts) and seeded
// secrets of each shape (built from parts) set in them. Prints counts only.
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../src/detect/engine.js';
import type { Detector } from '../../../src/detect/types.js';
import { azureSasSignature, azureStorageAccountKey } from '../../../src/detect/secrets/azure.js';
import { djangoSecretKey } from '../../../src/detect/secrets/frameworks.js';
import { GENERIC, genericSecret, siblingKeyedSecret } from '../../../src/detect/secrets/generic.js';
import { jwt } from '../../../src/detect/secrets/jwt.js';
import { discordWebhook } from '../../../src/detect/secrets/messaging.js';
import { vaultLegacyToken } from '../../../src/detect/secrets/vault.js';
import { DOTTED_PREFIXES, prefixAt, prefixesPattern } from '../../../src/detect/secrets/vendor-tokens.js';
import { credentialTexts } from '../../helpers/credential-texts.js';
import { rng } from '../../helpers/personal-data.js';

/** Each detector as it is, and as it was. */
const PAIRS: ReadonlyArray<[Detector, Detector]> = [
  [jwt, { ...jwt, prefilter: ['eyJ'] }],
  [vaultLegacyToken, { ...vaultLegacyToken, prefilter: ['s.', 'b.'] }],
  [djangoSecretKey, { ...djangoSecretKey, prefilter: ['django-insecure-', 'SECRET_KEY'] }],
  [azureSasSignature, { ...azureSasSignature, prefilter: ['sig='] }],
  [discordWebhook, { ...discordWebhook, prefilter: ['discord'] }],
  [azureStorageAccountKey, { ...azureStorageAccountKey, prefilter: undefined }],
  [genericSecret, { ...genericSecret, scan: undefined, pattern: GENERIC, group: 1 }],
  [siblingKeyedSecret, { ...siblingKeyedSecret, prefilter: ['alue"', "alue'", 'ALUE"', "ALUE'", 'value:'] }],
];

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Seeded secrets of the changed detectors' shapes in their settings, from parts (no literal in the tree). */
function secretTexts(seed: number): string[] {
  const r = rng(seed);
  const of = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  const b64url = (n: number) => of(B62 + '-_', n);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return [
    `auth ${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: of(B62, 12), iat: Math.floor(r() * 1e9) })}.${b64url(43)} done`,
    `VAULT_TOKEN=${'s'}.${of(B62, 24)}`,
    `Authorization: Bearer ${'b'}.${of(B62, 24)}`,
    `"client_token": "${'s'}.${of(B62, 24)}"`,
    `SECRET_KEY = '${of('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}'`,
    `${'django'}-insecure-${of('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}`,
    `https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&${'sig'}=${of(B62 + '+/', 43)}%3D`,
    `https://${'discord'}.com/api/webhooks/${of('0123456789', 18)}/${b64url(68)}`,
    `DefaultEndpointsProtocol=https;AccountName=acct;${'Account'}Key=${of(B62 + '+/', 86)}==;EndpointSuffix=core.windows.net`,
    `AZURE_STORAGE_KEY: "${of(B62 + '+/', 86)}=="`,
    `api_key = "${of(B62, 12)}-${of(B62, 12)}"`,
    `{"name": "API_TOKEN", "value": "${of(B62, 28)}"}`,
    `- name: DB_PASSWORD\n  value: ${of(B62, 20)}!`,
    `export ${'SG'}.${b64url(22)}.${b64url(43)} and ${'hvs'}.${of(B62, 30)} and ${'dp'}.st.${of(B62, 42)}`,
  ];
}

/** The credential texts, and each seeded secret alone, upper-cased, and spliced into one of them. */
function texts(): string[] {
  const base = credentialTexts();
  const out = [...base];
  const r = rng(7);
  for (let seed = 1; seed <= 40; seed++) {
    for (const s of secretTexts(seed)) {
      const host = base[Math.floor(r() * base.length)]!;
      const at = Math.floor(r() * (host.length + 1));
      out.push(s, s.toUpperCase(), host.slice(0, at) + s + host.slice(at));
    }
  }
  return out;
}

describe('secret detectors with cheaper prefilters', () => {
  const all = texts();

  it('find what they found with the former ones', () => {
    const found = PAIRS.map(() => 0);
    for (const text of all) {
      for (let k = 0; k < PAIRS.length; k++) {
        const m = runDetectors(text, [PAIRS[k]![0]]);
        expect(m).toEqual(runDetectors(text, [PAIRS[k]![1]]));
        found[k] = found[k]! + m.length;
      }
    }
    console.log(`secret prefilters: ${all.length} texts; matches, the same as before: ${found.join(', ')}`);
    // Every detector found some (the proof is not of empty lists).
    for (const n of found) expect(n).toBeGreaterThan(20);
  });

  it('search the dotted tokens by prefix as the separator walk found them', () => {
    const heads = DOTTED_PREFIXES.map((p) => p.slice(0, -1));
    const last = new Uint8Array(128);
    for (const h of heads) last[h.charCodeAt(h.length - 1)] = 1;
    const gate = prefixesPattern(DOTTED_PREFIXES);
    let hits = 0;
    for (const text of all) {
      const walked = prefixAt(text, '.', heads, last);
      expect(gate.test(text)).toBe(walked);
      if (walked) hits++;
    }
    console.log(`dotted prefixes: ${hits} texts hold one`);
    expect(hits).toBeGreaterThan(40);
  });
});
