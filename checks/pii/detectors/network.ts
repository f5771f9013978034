// Network identifiers: IPv4, IPv6 (validated by node:net) and MAC addresses.
import { isIPv6 } from 'node:net';
import { NEED, type PiiDetector } from './types.js';

const base = { category: 'personal', sensitivity: 'moderate' } as const;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

export const ipv4: PiiDetector = {
  ...base,
  type: 'ip-address',
  label: '[IP_ADDRESS]',
  needs: NEED.digit | NEED.dot,
  minDigits: 4,
  pattern: new RegExp(`(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?![\\d]|\\.\\d)`, 'g'),
  prefilter: ['.'],
  score: 0.7,
  // 0.0.0.0 and version-like strings are not addresses of anyone.
  validate: (v) => v !== '0.0.0.0' && v !== '255.255.255.255',
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
