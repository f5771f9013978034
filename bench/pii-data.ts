// The pii bench data: a seeded generator of CSV rows with realistic personal data in some columns
// (names, emails, phones, SSNs, cards, IBANs, IPs, dates of birth, free text). Shared by the pii and
// shard benches, so both measure the same files.
import { closeSync, openSync, writeSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { servePiiWorker } from '../checks/pii/worker.js';
// The seeded generators of the pii tests: the same values a test can plant and find.
import { card, iban, rng } from '../test/helpers/personal-data.js';

const FIRST = ['Mary', 'John', 'Linda', 'James', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Elizabeth', 'David', 'Sofia', 'Lukas', 'Emma', 'Noah', 'Olivia'];
const LAST = ['Smith', 'Johnson', 'Garcia', 'Müller', 'Rossi', 'Dubois', 'Kowalski', 'Nguyen', 'Brown', 'Tanaka', 'Silva', 'Hansen'];
const CITY = ['Springfield', 'Lyon', 'Munich', 'Austin', 'Leeds', 'Porto', 'Turin', 'Aarhus'];
const WORDS = 'the order was delivered late and the customer asked for a refund please call back tomorrow about the invoice thanks'.split(' ');

function row(r: () => number, id: number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const d = (n: number) => String(Math.floor(r() * n));
  const first = pick(FIRST);
  const last = pick(LAST);
  const phone = `+1-${200 + Math.floor(r() * 700)}-555-${d(10000).padStart(4, '0')}`;
  const ssn = `${String(1 + Math.floor(r() * 660)).padStart(3, '0')}-${String(10 + Math.floor(r() * 89))}-${String(1000 + Math.floor(r() * 8999))}`;
  const cardNumber = card(r, '4', 16);
  const ip = `${1 + Math.floor(r() * 222)}.${d(256)}.${d(256)}.${d(256)}`;
  const dob = `${1940 + Math.floor(r() * 60)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const words = Array.from({ length: 6 + Math.floor(r() * 10) }, () => pick(WORDS)).join(' ');
  const note = r() < 0.1 ? `${words} contact ${first.toLowerCase()}.${last.toLowerCase()}@example.com` : words;
  const amount = (r() * 1000).toFixed(2);
  return `${id},${first} ${last},${first.toLowerCase()}.${last.toLowerCase()}${d(100)}@example.com,${phone},${ssn},${cardNumber},${iban(r, 'DE', 22)},${ip},${dob},${pick(CITY)},${amount},"${note}",${pick(['A', 'B', 'C'])}\n`;
}

/** The same kinds of values as ripgrep patterns (no validators: ripgrep only matches shapes). */
export const RG_PATTERNS = [
  '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}', // email
  '\\+?\\d{1,3}[-. ]\\d{3}[-. ]\\d{3}[-. ]\\d{4}', // phone
  '\\b\\d{3}-\\d{2}-\\d{4}\\b', // SSN
  '\\b(?:\\d[ -]?){12,18}\\d\\b', // card
  '\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b', // IBAN
  '\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b', // IPv4
  '\\b\\d{4}-\\d{2}-\\d{2}\\b', // date
  '\\b(?:Mr|Mrs|Ms|Dr)\\.? [A-Z][a-z]+', // titled names
  'AKIA[A-Z2-7]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abposr]-|AIza[0-9A-Za-z_-]{35}|sk_live_|-----BEGIN [A-Z ]*PRIVATE KEY|eyJ[A-Za-z0-9_-]+\\.eyJ', // secrets
];

/** Writes about `bytes` of CSV (header + whole rows) to `path`; returns the bytes written. */
export function generate(path: string, bytes: number, seed: number): number {
  const r = rng(seed);
  function* blocks(): Generator<string> {
    let written = 0;
    let id = 0;
    let header = 'id,name,email,phone,ssn,card_number,iban,ip,dob,city,amount,note,segment\n';
    // Blocks of 2,000 rows while the file is under `bytes`.
    while (written + header.length < bytes) {
      let block = header;
      header = '';
      for (let i = 0; i < 2000; i++) block += row(r, id++);
      written += Buffer.byteLength(block);
      yield block;
    }
  }
  return writeLines(path, blocks());
}

/** Writes the lines to `path` in blocks of about 1 MiB; returns the bytes written. */
export function writeLines(path: string, lines: Iterable<string>): number {
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    let buf = '';
    const flush = (): void => {
      const b = Buffer.from(buf);
      writeSync(fd, b);
      written += b.length;
      buf = '';
    };
    for (const line of lines) {
      buf += line;
      if (buf.length >= 1 << 20) flush();
    }
    if (buf.length > 0) flush();
  } finally {
    closeSync(fd);
  }
  return written;
}

/**
 * The dispatch of a bench bundle that is also its own pii worker entry: in a worker thread started
 * by PiiWorkerPool (workerData.role) it serves the part scanner, in the main thread it runs `main`.
 * Call it last, once the bundle's module code has run.
 */
export async function mainOrPiiWorker(main: () => Promise<void>): Promise<void> {
  if (!isMainThread && (workerData as { role?: string } | null)?.role === 'pii-worker') servePiiWorker(parentPort!);
  else if (isMainThread) await main();
}
