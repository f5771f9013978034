// Secrets of infrastructure files on their own tuning cases (test/helpers/pii-secrets12-tuning.ts, from
// the tools' documentation): Puppet Sensitive, HAProxy insecure-password, command-line passwords,
// chpasswd, Vault tokens, OpenAI and Twilio keys, PGP private keys, quoted passwords with a dotted
// look, token-named sibling keys; and a `key,value,…` settings export. Prints counts only, never a value.
import { describe, expect, it } from 'vitest';
import { DETECTOR_BY_TYPE } from '../../../../checks/pii/detectors/index.js';
import { SETTINGS_EXPORT, secrets12TuningSet } from '../../../helpers/pii-secrets12-tuning.js';
import { scanGeneratedTable } from '../../../helpers/pii-table-scan.js';
import { itFindsEachKind } from '../../../helpers/pii-tuning-misses.js';

const CASES = [121, 122, 123, 124, 125].flatMap((seed) => secrets12TuningSet(seed));
const asSecret = (t: string) => (DETECTOR_BY_TYPE.get(t)?.category === 'credentials' ? 'secret' : t);

describe('secrets in infrastructure files (set 12 classes)', () => {
  itFindsEachKind(CASES, asSecret);

  it('masks every value of a key,value,environment,updated settings export whose key names a credential', async () => {
    const cols = await scanGeneratedTable(1212, SETTINGS_EXPORT, 60);
    const value = cols.find((c) => c.column === 'value')!;
    console.log(`settings-export value: ${value.masked}/60`);
    expect(value.masked).toBe(60);
    expect(cols.find((c) => c.column === 'environment')!.masked).toBe(0);
  });
});
