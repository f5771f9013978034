// Issue 17, set-7 classes A (test/helpers/pii-voip-tuning.ts): a SIP URI's telephone-number user part is
// a PHONE and the URI is no e-mail address; SIP Call-IDs are no addresses; logcat PIDs/TIDs/UIDs are no
// phones; AWS account ids (text and typed columns) are neither phones nor cards. A SIP URI with a name
// user part and plain e-mail addresses stay e-mail. Prints counts only.
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../../../checks/pii/detectors/index.js';
import { ACCOUNT_COLUMNS, awsAccount, awsAccountLine, callIdLine, logcatLine, measureSamples, type Sample, sipNumberLine } from '../../../helpers/pii-voip-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';

const N = 400;
const measure = (gen: (r: () => number) => Sample, seed: number) => measureSamples(gen, seed, N);

describe('pii on VoIP and mobile logs (issue 17, set-7 classes A)', () => {
  it('finds the number of a SIP/SIPS URI as a phone, not the URI as an e-mail', () => {
    const m = measure(sipNumberLine, 71);
    console.log('sip number URIs', m);
    expect(m.phonesFound).toBe(m.phones);
    expect(m.emails).toBe(0);
  });

  it('keeps a SIP URI with a name user part, a plain address and an address after a numeral i: as e-mail', () => {
    // …and a list's numeral `i:` before a person's address is no compact Call-ID header.
    const texts = ['From: Alice <sip:alice@atlanta.example.com>;tag=1928301774', 'Contact: <sips:bob.smith@biloxi.example.org>', 'write to +4930123456@example.com', 'i: ana.perez@example.com'];
    for (const t of texts) expect(detectPii(t).filter((m) => m.type === 'email')).toHaveLength(1);
  });

  it('masks nothing of a Call-ID but an IP host', () => {
    const m = measure(callIdLine, 72);
    console.log('call ids', m);
    expect(m.dirty).toBe(0);
    // The mailbox beside a Call-ID is still found.
    expect(detectPii('{"call_id": "f81d4fae7dec11d0@foo.example.com", "from": "carol@chicago.example.com"}').filter((x) => x.type === 'email')).toHaveLength(1);
  });

  it('finds no phone in logcat PID/TID columns, pid=/uid= pairs or Process: …, PID:', () => {
    const m = measure(logcatLine, 73);
    console.log('logcat', m);
    expect(m.dirty).toBe(0);
  });

  it('finds nothing in AWS account ids in ARNs, CloudTrail keys and sentences', () => {
    const m = measure(awsAccountLine, 74);
    console.log('aws accounts in text', m);
    expect(m.dirty).toBe(0);
  });

  it('masks no cell of a column of AWS account ids', async () => {
    const gens = Object.fromEntries(ACCOUNT_COLUMNS.map((c) => [c, awsAccount]));
    const cols = await scanGeneratedTable(75, gens, 300);
    console.log('aws account columns', cols.map((c) => `${c.column}:${c.masked}`).join(' '));
    for (const c of cols) expect(c.masked).toBe(0);
  });
});
