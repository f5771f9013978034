// Scores a masked copy of set 5 with set 4's tally (set 1's scorer underneath): "found" means masks of
// the value's group cover at least 80 % of its letters and digits; a hard negative is masked when any
// mask touches it. Set 5 is handed over in set 4's shape: the record files' records in file order.
import type { Scored } from '../pii-heldout3/tally.js';
import type { MaskedSet } from '../pii-heldout4/files.js';
import { recordUnits } from '../pii-heldout4/files.js';
import type { HeldoutSet4 } from '../pii-heldout4/generate.js';
import { maskSet4With, scoreMaskedSet4 } from '../pii-heldout4/tally.js';
import type { Unit } from '../pii-heldout4/unit.js';
import type { HeldoutSet5 } from './generate.js';

const asSet4 = (set: HeldoutSet5): HeldoutSet4 => ({ documents: set.documents, records: set.recordFiles.flatMap((f) => f.records), recordFields: [], tables: set.tables });

/** `masked.records`: the masked records of every record file, in file order. */
export const scoreMaskedSet5 = (set: HeldoutSet5, masked: MaskedSet): Scored => scoreMaskedSet4(asSet4(set), masked);

/** A masked set made by a function from a unit to its masked text (the floor, test maskers). */
export const maskSet5With = (set: HeldoutSet5, mask: (unit: Unit) => string): MaskedSet => maskSet4With(asSet4(set), mask);

/** Every scored unit of the set: documents, record leaves, cells. */
export const allUnits5 = (set: HeldoutSet5): Unit[] => [...set.documents.map((d) => d.unit), ...set.recordFiles.flatMap((f) => f.records.flatMap((r) => [...recordUnits(r).values()])), ...set.tables.flatMap((t) => t.rows.flat())];
