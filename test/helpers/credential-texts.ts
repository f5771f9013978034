// Texts for proofs that a faster credential detector finds what the slower one did (password-readers, secret
// prefilters): the tuning sets' texts (secrets, credentials, key-value records, logs, markup, held-out
// look-alikes), their upper- and lower-case forms, seeded free text and seeded splices of the two.
import { freeTextRecord } from './free-text.js';
import { rng } from './personal-data.js';
import { compactTuningSet } from './pii-compact-tuning.js';
import { credentialTuningSet } from './pii-credential-tuning.js';
import { formsTuningSet } from './pii-forms-tuning.js';
import { keyValueTuningSet } from './pii-keyvalue-tuning.js';
import { logTuningSet } from './pii-log-tuning.js';
import { markupTuningSet } from './pii-markup-tuning.js';
import { negatives12TuningSet } from './pii-negatives12-tuning.js';
import { round2TuningSet } from './pii-round2-tuning.js';
import { secrets12TuningSet } from './pii-secrets12-tuning.js';
import { secrets13TuningSet } from './pii-secrets13-tuning.js';
import { secrets14TuningSet } from './pii-secrets14-tuning.js';
import { set9r2TuningSet } from './pii-set9r2-tuning.js';
import { set9r3TuningSet } from './pii-set9r3-tuning.js';
import { userinfoTuningSet } from './pii-userinfo-tuning.js';
import { versionUidPasswordTuningSet } from './pii-version-uid-password-tuning.js';

function tuningTexts(): string[] {
  const sets = [
    ...[121, 122, 123].flatMap((s) => secrets12TuningSet(s)),
    ...[131, 132, 133].flatMap((s) => secrets13TuningSet(s)),
    ...[141, 142, 143].flatMap((s) => secrets14TuningSet(s)),
    ...credentialTuningSet(),
    ...keyValueTuningSet(17),
    ...logTuningSet(17, 600),
    ...markupTuningSet(),
    ...negatives12TuningSet(12),
    ...round2TuningSet(),
    ...set9r2TuningSet(9, 40),
    ...set9r3TuningSet(9, 40),
    ...userinfoTuningSet(),
    ...versionUidPasswordTuningSet(),
    ...compactTuningSet(),
    ...formsTuningSet(17, 4),
  ];
  return sets.map((c) => c.text);
}

/** The texts: each tuning text as written, upper-cased and lower-cased; free text; splices of two of them. */
export function credentialTexts(): string[] {
  const base = tuningTexts();
  const out = base.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase()]);
  for (let id = 0; id < 1500; id++) out.push(freeTextRecord(17, id).text);
  const r = rng(2026);
  for (let k = 0; k < 3000; k++) {
    const a = out[Math.floor(r() * out.length)]!;
    const b = out[Math.floor(r() * out.length)]!;
    out.push(a.slice(0, Math.floor(r() * (a.length + 1))) + b.slice(Math.floor(r() * (b.length + 1))));
  }
  return out;
}

