// PEM private key blocks. A linear scan: each BEGIN line is paired with the next END line by indexOf,
// so a text with many BEGINs and no END stays linear (a lazy regex would rescan to the end each time).
// OpenPGP's armored secret key (`-----BEGIN PGP PRIVATE KEY BLOCK-----`, RFC 4880 §6.2) ends its
// header with ` BLOCK`; a PUBLIC KEY BLOCK is no secret.
import type { Detector } from '../types.js';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3})PRIVATE KEY(?: BLOCK)?-----/g;

export const pemPrivateKey: Detector = {
  type: 'private-key',
  prefilter: ['PRIVATE KEY-----', 'PRIVATE KEY BLOCK-----'],
  score: 0.95,
  scan(text) {
    const out: Array<{ start: number; end: number }> = [];
    BEGIN.lastIndex = 0;
    for (let m = BEGIN.exec(text); m !== null; m = BEGIN.exec(text)) {
      const endTag = text.indexOf('-----END ', m.index + m[0].length);
      if (endTag === -1) {
        // An unterminated block is still a leaked key: mask from BEGIN to the end of the text.
        out.push({ start: m.index, end: text.length });
        return out;
      }
      const close = text.indexOf('-----', endTag + 9);
      const end = close === -1 ? text.length : close + 5;
      out.push({ start: m.index, end });
      BEGIN.lastIndex = end;
    }
    return out;
  },
};

/** `-----BEGIN` in base64 from a block's first byte: a PEM file written as one base64 value (kubeconfig's `client-key-data`, a Helm value, a Kubernetes Secret's `data`). */
const B64_BEGIN = 'LS0tLS1CRUdJTi';
const BASE64_PEM = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,20000}={0,2}(?![A-Za-z0-9+/=])/g;

/**
 * The label of the PEM block a base64 value encodes (`RSA PRIVATE KEY`, `CERTIFICATE`, `PUBLIC KEY`),
 * read from its first line; undefined when the value is no base64 of a PEM block.
 */
export function base64PemLabel(value: string): string | undefined {
  if (!value.startsWith(B64_BEGIN)) return undefined;
  const head = Buffer.from(value.slice(0, 96), 'base64').toString('latin1');
  return /^-----BEGIN ([A-Z0-9 ]{1,40})-----/.exec(head)?.[1];
}

/**
 * A private key's PEM block written as base64 (`client-key-data: LS0tLS1CRUdJTi…`): the value decodes
 * to `-----BEGIN … PRIVATE KEY-----`. A certificate or a public key encoded so (`certificate-authority-data`,
 * `client-certificate-data`) is public: its label says so.
 */
export const base64PemPrivateKey: Detector = {
  type: 'private-key',
  pattern: BASE64_PEM,
  prefilter: [B64_BEGIN],
  score: 0.95,
  validate: (v) => /PRIVATE KEY(?: BLOCK)?$/.test(base64PemLabel(v) ?? ''),
};
