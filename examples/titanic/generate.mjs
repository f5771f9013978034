#!/usr/bin/env node
// Discovery input of the titanic example: a synthetic, Titanic-shaped passenger list with the
// columns of Kaggle's train.csv (PassengerId,Survived,Pclass,Name,Sex,Age,SibSp,Parch,Ticket,Fare,
// Cabin,Embarked), names and ticket numbers included, as raw data arrives before any protection.
//
//   node examples/titanic/generate.mjs [--out FILE]     (default: out/data/titanic.csv next to this script)
//
// Byte-deterministic: a seeded PRNG (mulberry32, SEED below) and every number written with a fixed
// precision, so every run gives the same bytes (the unit test pins its sha256).
// No real person's data: names are built from small invented lists; every value is drawn at random.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../prng.mjs';

const SEED = 1912;
const ROWS = 891;
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] === '--out' && process.argv[3] ? resolve(process.argv[3]) : join(here, 'out', 'data', 'titanic.csv');

const rand = mulberry32(SEED);
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
/** Weighted choice: [[value, weight], …]. */
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}
/** Standard normal (Box–Muller). */
function normal() {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const round = (x, d) => Number(x.toFixed(d));

// Invented name parts (no real passenger list is used).
const SURNAMES = [
  'Ashgrove', 'Balwick', 'Carrowby', 'Dunmere', 'Elsford', 'Fenwright', 'Garrowby', 'Halbrook', 'Inchley', 'Jessop',
  'Kettering', 'Larkfield', 'Marlowe', 'Netherby', 'Oakhurst', 'Pellow', 'Quenby', 'Rudston', 'Saltmarsh', 'Thornbury',
  'Upwell', 'Varley', 'Wendover', 'Yarrow', 'Abernell', 'Brackwell', 'Colbeck', 'Dowling', 'Eskdale', 'Farrant',
];
const MALE = ['Albert', 'Arthur', 'Cyril', 'Edgar', 'Ernest', 'Frederick', 'Harold', 'Herbert', 'Leonard', 'Percy', 'Stanley', 'Walter'];
const FEMALE = ['Ada', 'Beatrice', 'Clara', 'Dora', 'Edith', 'Florence', 'Gertrude', 'Hilda', 'Ivy', 'Mabel', 'Nora', 'Winifred'];
const TICKET_PREFIX = ['', '', '', '', 'PC ', 'A/5 ', 'STON/O2. ', 'C.A. ', 'SOTON/OQ ', 'W./C. '];

function passenger(id) {
  const pclass = weighted([[1, 0.24], [2, 0.21], [3, 0.55]]);
  const sex = rand() < 0.65 ? 'male' : 'female';
  const meanAge = { 1: 38, 2: 30, 3: 25 }[pclass];
  let age = Math.min(80, Math.max(0.42, meanAge + 14 * normal()));
  age = age < 1 ? round(age, 2) : Math.round(age);
  const ageKnown = rand() >= 0.2;
  const sibsp = weighted([[0, 0.68], [1, 0.23], [2, 0.03], [3, 0.02], [4, 0.02], [5, 0.02]]);
  const parch = weighted([[0, 0.76], [1, 0.13], [2, 0.09], [3, 0.01], [4, 0.01]]);
  const fareMu = { 1: 4.1, 2: 2.9, 3: 2.2 }[pclass];
  const fare = round(Math.exp(fareMu + 0.5 * normal()), 4);
  const cabinShare = { 1: 0.8, 2: 0.08, 3: 0.03 }[pclass];
  const cabin = rand() < cabinShare ? `${pick(pclass === 1 ? ['A', 'B', 'C', 'D', 'E'] : ['D', 'E', 'F', 'G'])}${int(2, 128)}` : '';
  const embarked = id === 62 || id === 830 ? '' : weighted([['S', 0.72], ['C', 0.19], ['Q', 0.09]]);
  const title = sex === 'male' ? (age < 13 ? 'Master' : 'Mr') : age < 18 || rand() < 0.3 ? 'Miss' : 'Mrs';
  const given = sex === 'male' ? pick(MALE) : pick(FEMALE);
  const name = `${pick(SURNAMES)}, ${title}. ${given}${rand() < 0.4 ? ` ${pick(sex === 'male' ? MALE : FEMALE)}` : ''}`;
  const ticket = `${pick(TICKET_PREFIX)}${int(1000, 3999999)}`;
  // Survival: women and children first, by class; milder than the historical record.
  const z = -1.4 + 2.0 * (sex === 'female') + { 1: 1.0, 2: 0.35, 3: -0.45 }[pclass] - 0.018 * (age - 30) + 0.8 * (age < 10) - 0.25 * (sibsp > 2);
  const survived = rand() < sigmoid(z) ? 1 : 0;
  return { PassengerId: id, Survived: survived, Pclass: pclass, Name: name, Sex: sex, Age: ageKnown ? age : null, SibSp: sibsp, Parch: parch, Ticket: ticket, Fare: fare, Cabin: cabin, Embarked: embarked };
}

const rows = Array.from({ length: ROWS }, (_, i) => passenger(i + 1));

// --- file ---------------------------------------------------------------------------------------
const csvCell = (v) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const COLUMNS = ['PassengerId', 'Survived', 'Pclass', 'Name', 'Sex', 'Age', 'SibSp', 'Parch', 'Ticket', 'Fare', 'Cabin', 'Embarked'];
const text = [COLUMNS, ...rows.map((r) => COLUMNS.map((h) => csvCell(h === 'Fare' ? r.Fare.toFixed(4) : r[h])))].map((l) => l.join(',')).join('\n') + '\n';
// Written to a temporary name and renamed: a reader never sees half a file.
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, text);
renameSync(`${out}.tmp`, out);
const survived = rows.filter((r) => r.Survived === 1).length;
console.log(`${createHash('sha256').update(text).digest('hex')}  ${relative(process.cwd(), out).split('\\').join('/')}`);
console.log(`${ROWS} passengers (seed ${SEED}), ${survived} survived`);
