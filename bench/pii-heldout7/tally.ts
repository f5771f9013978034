// Scores a masked copy of set 7 with set 4's tally (set 1's scorer underneath: a gold value is found
// when masks of its group cover at least 80 % of its letters and digits; a hard negative is masked
// when any mask touches it). Set 7 is handed over in set 4's shape, the record files' records in order.
import type { Scored } from '../pii-heldout3/tally.js';
import { recordUnits, type MaskedSet } from '../pii-heldout4/files.js';
import type { HeldoutSet4 } from '../pii-heldout4/generate.js';
import { maskSet4With, scoreMaskedSet4 } from '../pii-heldout4/tally.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet7 } from './generate.js';

const inSet4Shape = (set: HeldoutSet7): HeldoutSet4 => ({ documents: set.documents, records: set.recordFiles.flatMap((f) => f.records), recordFields: [], tables: set.tables });

export const scoreMaskedSet7 = (set: HeldoutSet7, masked: MaskedSet): Scored => scoreMaskedSet4(inSet4Shape(set), masked);

export const maskSet7With = (set: HeldoutSet7, mask: (unit: Unit) => string): MaskedSet => maskSet4With(inSet4Shape(set), mask);

/** Every scored unit: documents, record leaves, cells. */
export const units7 = (set: HeldoutSet7): Unit[] => [...set.documents.map((d) => d.unit), ...set.recordFiles.flatMap((f) => f.records.flatMap((r) => [...recordUnits(r).values()])), ...set.tables.flatMap((t) => t.rows.flat())];
