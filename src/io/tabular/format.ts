// Format detection from the file name: `.csv .tsv .jsonl .ndjson .parquet`, each optionally `.gz`.
import { ConfigError } from '../../errors.js';
import type { TabularFormat } from './types.js';

const EXTENSIONS: Record<string, TabularFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
};

export interface DetectedFormat {
  format: TabularFormat;
  gzip: boolean;
}

export function detectFormat(name: string, display = name): DetectedFormat {
  const lower = name.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const ext = Object.keys(EXTENSIONS).find((e) => base.endsWith(e));
  if (!ext) {
    throw new ConfigError(`cannot tell the format from the file name; expected one of ${Object.keys(EXTENSIONS).join(' ')} (optionally .gz), or give the format`, {
      file: display,
    });
  }
  return { format: EXTENSIONS[ext]!, gzip };
}
