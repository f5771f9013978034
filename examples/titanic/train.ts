// Training stage of the titanic example: a logistic regression fitted by full-batch gradient descent
// on the clean (pseudonymised) training file, written as a small JSON artifact, plus the model's
// predictions on the held-out split for the bias check. Deterministic: fixed split (the first 70 %
// of the rows train, the rest evaluate), fixed iterations, coefficients rounded before scoring, so
// the same input gives the same bytes.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { openRecords } from '../../src/io/tabular/index.js';
import { csvLine } from '../../src/io/tabular-write/index.js';

/** Model features, in order. Sex and class are read on purpose: see the README's "Enforcement". */
export const FEATURES = ['sex_female', 'pclass_2', 'pclass_3', 'age', 'sibsp', 'parch', 'log_fare', 'embarked_C', 'embarked_Q'] as const;
const TRAIN_SHARE = 0.7;
const ITERATIONS = 3000;
const LEARNING_RATE = 0.1;

interface Passenger {
  id: string;
  survived: number;
  pclass: number;
  sex: string;
  age: number | null;
  sibsp: number;
  parch: number;
  fare: number;
  embarked: string;
}

export interface TrainResult {
  trainRows: number;
  evalRows: number;
  accuracy: number;
  model: string;
  predictions: string;
}

const round = (x: number, d: number): number => Number(x.toFixed(d));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Reads the Kaggle-shaped columns the model needs; anything else (names, tickets) is ignored. */
async function readPassengers(path: string, display: string): Promise<Passenger[]> {
  const rows: Passenger[] = [];
  const num = (v: unknown, column: string, line: number | undefined): number => {
    const n = Number(v);
    if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n)) throw new Error(`${display}:${line ?? '?'}: column ${column}: expected a number, got ${JSON.stringify(v)}`);
    return n;
  };
  for await (const r of openRecords(path, { display })) {
    const v = r.values;
    const line = r.line;
    const age = typeof v.Age === 'string' && v.Age.trim() !== '' ? num(v.Age, 'Age', line) : null;
    if (v.Sex !== 'male' && v.Sex !== 'female') throw new Error(`${display}:${line ?? '?'}: column Sex: expected male or female`);
    rows.push({
      id: String(v.PassengerId ?? ''),
      survived: num(v.Survived, 'Survived', line),
      pclass: num(v.Pclass, 'Pclass', line),
      sex: v.Sex,
      age,
      sibsp: num(v.SibSp, 'SibSp', line),
      parch: num(v.Parch, 'Parch', line),
      // Kaggle's test split has one passenger without a fare: treat it as 0 rather than stop.
      fare: typeof v.Fare === 'string' && v.Fare.trim() === '' ? 0 : num(v.Fare, 'Fare', line),
      embarked: typeof v.Embarked === 'string' ? v.Embarked : '',
    });
  }
  if (rows.length < 20) throw new Error(`${display}: ${rows.length} rows: too few to train and evaluate`);
  return rows;
}

/** Trains on `data` (CSV with Kaggle's columns); writes `modelPath` and `predictionsPath`. */
export async function train(opts: { data: string; display: string; modelPath: string; predictionsPath: string; datasetId: string; datasetSha256: string }): Promise<TrainResult> {
  const rows = await readPassengers(resolve(opts.data), opts.display);
  const nTrain = Math.round(rows.length * TRAIN_SHARE);
  const trainSet = rows.slice(0, nTrain);
  const known = trainSet.filter((r) => r.age !== null).map((r) => r.age!).sort((a, b) => a - b);
  const ageImpute = known[Math.floor(known.length / 2)] ?? 30;
  const raw = (r: Passenger): number[] => [
    r.sex === 'female' ? 1 : 0,
    r.pclass === 2 ? 1 : 0,
    r.pclass === 3 ? 1 : 0,
    r.age ?? ageImpute,
    r.sibsp,
    r.parch,
    Math.log1p(r.fare),
    r.embarked === 'C' ? 1 : 0,
    r.embarked === 'Q' ? 1 : 0,
  ];
  const X = trainSet.map(raw);
  const mean = FEATURES.map((_, j) => round(X.reduce((s, x) => s + x[j]!, 0) / X.length, 6));
  const std = FEATURES.map((_, j) => round(Math.sqrt(X.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / X.length) || 1, 6));
  const scale = (x: number[]): number[] => x.map((v, j) => (v - mean[j]!) / std[j]!);
  const Xs = X.map(scale);
  const y = trainSet.map((r) => r.survived);
  let w = FEATURES.map(() => 0);
  let b = 0;
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const gw = FEATURES.map(() => 0);
    let gb = 0;
    for (let i = 0; i < Xs.length; i++) {
      const xi = Xs[i]!;
      const err = sigmoid(b + xi.reduce((s, v, j) => s + v * w[j]!, 0)) - y[i]!;
      for (let j = 0; j < w.length; j++) gw[j]! += err * xi[j]!;
      gb += err;
    }
    w = w.map((wj, j) => wj - (LEARNING_RATE * gw[j]!) / Xs.length);
    b -= (LEARNING_RATE * gb) / Xs.length;
  }
  // Predictions use the rounded model exactly as written, so the artifact reproduces them.
  const coefficients = w.map((v) => round(v, 6));
  const intercept = round(b, 6);
  const threshold = 0.5;
  const model = {
    format: 'modelgate-example/logistic-regression',
    formatVersion: 1,
    description: 'Titanic survival model of the ModelGate example pipeline (trained on pseudonymised data).',
    trainedOn: { dataset: opts.datasetId, sha256: opts.datasetSha256, rows: nTrain },
    features: FEATURES,
    preprocessing: { ageImpute, fare: 'log1p', standardize: { mean, std } },
    coefficients,
    intercept,
    threshold,
  };
  const score = (r: Passenger): number => round(sigmoid(intercept + scale(raw(r)).reduce((s, v, j) => s + v * coefficients[j]!, 0)), 4);
  const evalSet = rows.slice(nTrain);
  let correct = 0;
  let predictions = csvLine(['PassengerId', 'Sex', 'Pclass', 'Survived', 'prediction', 'score']);
  for (const r of evalSet) {
    const s = score(r);
    const prediction = s >= threshold ? 1 : 0;
    if (prediction === r.survived) correct++;
    predictions += csvLine([r.id, r.sex, r.pclass, r.survived, prediction, s.toFixed(4)]);
  }
  const modelText = `${JSON.stringify(model, null, 2)}\n`;
  writeFileAtomic(opts.modelPath, modelText);
  writeFileAtomic(opts.predictionsPath, predictions);
  return { trainRows: nTrain, evalRows: evalSet.length, accuracy: correct / evalSet.length, model: modelText, predictions };
}
