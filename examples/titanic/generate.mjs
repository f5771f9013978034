#!/usr/bin/env node
// Generates the titanic example release: a synthetic, Titanic-shaped passenger list, a tiny
// logistic-regression model trained on it, and the model's predictions on a held-out split.
//
//   node examples/titanic/generate.mjs [--out DIR]     (default: next to this script)
//
// Byte-deterministic: a seeded PRNG (mulberry32, SEED below), fixed iteration counts, and every
// number written with a fixed precision, so the same Node major gives the same files and digests.
// No real person's data: names are built from small invented lists; every value is drawn at random.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = 1912;
const ROWS = 891;
const TRAIN_ROWS = 623; // the first 70 % train the model, the rest are the evaluation split
const here = dirname(fileURLToPath(import.meta.url));
const outRoot = process.argv[2] === '--out' && process.argv[3] ? resolve(process.argv[3]) : here;

/** mulberry32: a small 32-bit PRNG with a good spread, ample for synthetic data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
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

// --- model: logistic regression, full-batch gradient descent on standardised features ---------
// Sex is deliberately not a feature: the release's fairness review requires parity across it,
// and a survival model that reads it would fail (see the README's "failing variant").
const FEATURES = ['pclass', 'age', 'sibsp', 'parch', 'log_fare', 'embarked_C', 'embarked_Q'];
const train = rows.slice(0, TRAIN_ROWS);
const knownAges = train.filter((r) => r.Age !== null).map((r) => r.Age).sort((a, b) => a - b);
const ageImpute = knownAges[Math.floor(knownAges.length / 2)];
const raw = (r) => [r.Pclass, r.Age ?? ageImpute, r.SibSp, r.Parch, Math.log1p(r.Fare), r.Embarked === 'C' ? 1 : 0, r.Embarked === 'Q' ? 1 : 0];
const X = train.map(raw);
const mean = FEATURES.map((_, j) => round(X.reduce((s, x) => s + x[j], 0) / X.length, 6));
const std = FEATURES.map((_, j) => round(Math.sqrt(X.reduce((s, x) => s + (x[j] - mean[j]) ** 2, 0) / X.length) || 1, 6));
const scale = (x) => x.map((v, j) => (v - mean[j]) / std[j]);
const Xs = X.map(scale);
const y = train.map((r) => r.Survived);
let w = FEATURES.map(() => 0);
let b = 0;
for (let iter = 0; iter < 3000; iter++) {
  const gw = FEATURES.map(() => 0);
  let gb = 0;
  for (let i = 0; i < Xs.length; i++) {
    const err = sigmoid(b + Xs[i].reduce((s, v, j) => s + v * w[j], 0)) - y[i];
    for (let j = 0; j < w.length; j++) gw[j] += err * Xs[i][j];
    gb += err;
  }
  w = w.map((wj, j) => wj - (0.1 * gw[j]) / Xs.length);
  b -= (0.1 * gb) / Xs.length;
}
// Predictions use the rounded model exactly as written to model.json, so the file reproduces them.
const coefficients = w.map((v) => round(v, 6));
const intercept = round(b, 6);
const model = {
  format: 'modelgate-example/logistic-regression',
  formatVersion: 1,
  description: 'Synthetic Titanic survival model for the ModelGate example; not trained on real passengers.',
  trainedOn: { dataset: 'titanic-train', rows: TRAIN_ROWS, seed: SEED },
  features: FEATURES,
  preprocessing: { ageImpute, fare: 'log1p', standardize: { mean, std } },
  coefficients,
  intercept,
  threshold: 0.5,
};
const score = (r) => round(sigmoid(intercept + scale(raw(r)).reduce((s, v, j) => s + v * coefficients[j], 0)), 4);

// --- files ------------------------------------------------------------------------------------
const csvCell = (v) => (v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (header, records) => [header, ...records.map((r) => header.map((h) => csvCell(r[h])))].map((l) => l.join(',')).join('\n') + '\n';
const TITANIC_COLUMNS = ['PassengerId', 'Survived', 'Pclass', 'Name', 'Sex', 'Age', 'SibSp', 'Parch', 'Ticket', 'Fare', 'Cabin', 'Embarked'];
const evaluation = rows.slice(TRAIN_ROWS).map((r) => {
  const s = score(r);
  return { PassengerId: r.PassengerId, Sex: r.Sex, Pclass: r.Pclass, Survived: r.Survived, prediction: s >= model.threshold ? 1 : 0, score: s.toFixed(4) };
});
const files = {
  'data/titanic.csv': csv(TITANIC_COLUMNS, rows.map((r) => ({ ...r, Fare: r.Fare.toFixed(4) }))),
  'data/predictions.csv': csv(['PassengerId', 'Sex', 'Pclass', 'Survived', 'prediction', 'score'], evaluation),
  'model/model.json': JSON.stringify(model, null, 2) + '\n',
};
for (const [rel, text] of Object.entries(files)) {
  const abs = join(outRoot, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  console.log(`${createHash('sha256').update(text).digest('hex')}  ${relative(process.cwd(), abs).split('\\').join('/')}`);
}

// A short summary, so a change in the data or the model is visible at a glance.
const acc = evaluation.filter((e) => e.prediction === e.Survived).length / evaluation.length;
console.log(`\n${ROWS} passengers (seed ${SEED}); model trained on ${TRAIN_ROWS}, evaluated on ${evaluation.length}: accuracy ${acc.toFixed(3)}`);
for (const key of ['Sex', 'Pclass']) {
  for (const g of [...new Set(evaluation.map((e) => e[key]))].sort()) {
    const grp = evaluation.filter((e) => e[key] === g);
    const pos = grp.filter((e) => e.Survived === 1);
    const sel = grp.filter((e) => e.prediction === 1).length / grp.length;
    const tpr = pos.length ? pos.filter((e) => e.prediction === 1).length / pos.length : NaN;
    console.log(`  ${key}=${g}: n=${grp.length} selection rate ${sel.toFixed(3)}, true positive rate ${tpr.toFixed(3)}`);
  }
}
