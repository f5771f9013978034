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
