// HashiCorp Consul's secrets in its agent configuration (HCL or JSON): the gossip encryption key
// (`encrypt = "<base64 of 16 or 32 bytes>"`) and the ACL tokens of the `acl { tokens { … } }` block
// (`initial_management`, `agent`, `default`, `replication`: UUIDs, whose key names no token).
import type { Detector } from '../types.js';

export const consulGossipKey: Detector = {
  type: 'consul-gossip-key',
  pattern: /(?<![\w-])["']?encrypt["']?[ \t]*[:=][ \t]*["']([A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)["']/g,
  group: 1,
  prefilter: ['encrypt'],
  score: 0.9,
};

/** A `tokens` block (HCL `tokens {`, JSON `"tokens": {`) and its content up to the closing brace. */
const TOKENS_BLOCK = /(?<![\w-])["']?tokens["']?[ \t]*:?[ \t]*\{([^{}]{0,4000})\}/g;
/** A UUID assigned in that block. */
const UUID_VALUE = /[:=][ \t]*["']([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})["']/dg;

function aclTokens(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  TOKENS_BLOCK.lastIndex = 0;
  for (let b = TOKENS_BLOCK.exec(text); b !== null; b = TOKENS_BLOCK.exec(text)) {
    const from = b.index + b[0].length - b[1]!.length - 1;
    UUID_VALUE.lastIndex = 0;
    for (let m = UUID_VALUE.exec(b[1]!); m !== null; m = UUID_VALUE.exec(b[1]!)) {
      const [s, e] = m.indices![1]!;
      out.push({ start: from + s, end: from + e });
    }
  }
  return out;
}

export const consulAclToken: Detector = {
  type: 'consul-acl-token',
  scan: (text) => (text.includes('acl') ? aclTokens(text) : []),
  prefilter: ['tokens'],
  score: 0.9,
};
