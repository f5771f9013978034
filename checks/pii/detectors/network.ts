// Network identifiers: IPv4, IPv6 (validated by node:net) and MAC addresses.
import { isIPv6 } from 'node:net';
import { NEED, type PiiDetector } from './types.js';

const base = { category: 'personal', sensitivity: 'moderate' } as const;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/** 0.0.0.0 and 255.255.255.255 (and version-like strings, which the pattern leaves) are not addresses of anyone. */
function someonesAddress(v: string): boolean {
  return v !== '0.0.0.0' && v !== '255.255.255.255';
}

export const ipv4: PiiDetector = {
  ...base,
  type: 'ip-address',
  label: '[IP_ADDRESS]',
  needs: NEED.digit | NEED.dot,
  minDigits: 4,
  pattern: new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g'),
  prefilter: ['.'],
  score: 0.7,
  validate: someonesAddress,
  // Four dotted octets 0–255 without leading zeros: what OCTET matches, so the match from 0 is all of it.
  recognise(text) {
    const n = text.length;
    if (n < 7 || n > 15) return undefined;
    let octets = 0;
    let i = 0;
    while (i < n) {
      const start = i;
      let value = 0;
      while (i < n && i - start < 4) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) break;
        value = value * 10 + (c - 48);
        i++;
      }
      const len = i - start;
      if (len === 0 || len > 3 || value > 255 || (len > 1 && text.charCodeAt(start) === 48)) return undefined;
      octets++;
      if (i === n) break;
      if (text.charCodeAt(i) !== 46 || octets === 4) return undefined;
      i++;
    }
    return octets === 4 && i === n && someonesAddress(text) ? 0.7 : undefined;
  },
  context: ['ip', 'address', 'host', 'client', 'server', 'addr'],
  contextScore: 0.9,
};

export const ipv6: PiiDetector = {
  ...base,
  type: 'ip-address',
  label: '[IP_ADDRESS]',
  needs: NEED.sep,
  pattern: /(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?![0-9A-Za-z:])/g,
  prefilter: [':'],
  score: 0.8,
  validate: (v) => isIPv6(v) && v !== '::' && v !== '::1',
  context: ['ip', 'ipv6', 'address', 'host'],
  contextScore: 0.95,
};

export const mac: PiiDetector = {
  ...base,
  type: 'mac-address',
  label: '[MAC_ADDRESS]',
  needs: NEED.digit,
  pattern: /(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f:-])/g,
  score: 0.7,
  validate: (v) => !/^(?:0{2}[:.-]?){5}0{2}$|^(?:f{2}[:.-]?){5}f{2}$/i.test(v.replace(/\./g, '')),
  context: ['mac', 'ethernet', 'wifi', 'device', 'hardware'],
  contextScore: 0.9,
};
