// The pii check's part of the ML-BOM: each scanned file as a `data` component saying whether personal
// data was found in it, by category and column type with counts. Never a value: the facts hold none.
import { datasetRef, type BomComponentPart, type BomPart } from '../../src/bom/part.js';
import type { PiiFacts } from './facts.js';

type FileFacts = PiiFacts['files'][number];

function dataComponent(file: FileFacts): BomComponentPart {
  const columns = file.columns
    .filter((c) => c.type !== null && c.category !== null)
    .map((c) => {
      const matched = Object.values(c.counts).reduce((a, b) => a + b, 0);
      return { name: c.name, type: c.type!, category: c.category!, cells: matched > 0 ? matched : c.nonEmpty };
    });
  const categories: Record<string, number> = { ...file.byCategory };
  for (const c of columns) if (categories[c.category] === undefined) categories[c.category] = c.cells;
  return {
    ref: datasetRef(file.path),
    type: 'data',
    name: file.path,
    dataset: { personalData: { categories, columns }, records: file.records },
    properties: [
      { name: 'modelgate:pii:records', value: String(file.records) },
      { name: 'modelgate:pii:records-masked', value: String(file.recordsMasked) },
      { name: 'modelgate:pii:records-quarantined', value: String(file.recordsQuarantined) },
      ...(file.kAnonymity?.k != null ? [{ name: 'modelgate:pii:k-anonymity', value: String(file.kAnonymity.k) }] : []),
    ],
  };
}

export function piiBom(facts: PiiFacts): BomPart {
  return { components: facts.files.map(dataComponent) };
}
