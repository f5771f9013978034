// Project folders as ML teams have them, for `modelgate init`: an MLflow model saved by
// mlflow.sklearn.save_model, a Hugging Face save_pretrained folder with sharded safetensors and a
// model card, and a DVC pipeline (dvc.lock plus a `dvc add`ed dataset). Shapes follow the upstream
// formats (MLmodel, config.json, model.safetensors.index.json, dvc.lock schema 2.0, .dvc files).
import { P, safetensors } from './model-files.js';
import { tempWorkspace } from './workspace.js';

/** A scikit-learn estimator pickle (protocol 4): a global the scanner knows as safe, no call on load beyond construction. */
export function sklearnPickle(coef = 0): Buffer {
  return P.of().proto(4).shortBinUnicode('sklearn.linear_model._logistic').memoize().shortBinUnicode('LogisticRegression').memoize().stackGlobal().memoize().emptyTuple().newobj().emptyDict().int(coef).pop().build().stop().bytes();
}

const MLMODEL = `artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    predict_fn: predict
    python_version: 3.10.12
  sklearn:
    code: null
    pickled_model: model.pkl
    serialization_format: cloudpickle
    sklearn_version: 1.3.2
mlflow_version: 2.9.2
model_size_bytes: 1187
model_uuid: 5f1e6c2b4c1b4e4fa7e0c6d1b0a3f2e1
run_id: 0d6e1c8a9b7f4e2d8c5a3b1f9e7d6c4b
saved_input_example_info:
  artifact_path: input_example.json
  pandas_orient: split
  type: dataframe
signature:
  inputs: '[{"type": "double", "name": "amount", "required": true}, {"type": "long", "name": "hour", "required": true}]'
  outputs: '[{"type": "tensor", "tensor-spec": {"dtype": "int64", "shape": [-1]}}]'
  params: null
utc_time_created: '2024-01-15 10:21:33.512345'
`;

/** models/fraud saved by mlflow.sklearn.save_model, with predictions of an evaluation run. */
export function mlflowProject(): string {
  return tempWorkspace({
    'models/fraud/MLmodel': MLMODEL,
    'models/fraud/model.pkl': sklearnPickle(),
    'models/fraud/conda.yaml': 'channels:\n- conda-forge\ndependencies:\n- python=3.10.12\n- pip<=23.3.1\n- pip:\n  - mlflow==2.9.2\n  - scikit-learn==1.3.2\nname: mlflow-env\n',
    'models/fraud/python_env.yaml': 'python: 3.10.12\nbuild_dependencies:\n- pip==23.3.1\ndependencies:\n- -r requirements.txt\n',
    'models/fraud/requirements.txt': 'mlflow==2.9.2\nscikit-learn==1.3.2\n',
    'models/fraud/input_example.json': '{"columns": ["amount", "hour"], "data": [[12.5, 3]]}',
    'eval/predictions.csv': predictionsCsv(),
    'train.py': 'import mlflow\n',
  });
}

/** An evaluation run's predictions: 80 rows, two regions with the same rates. */
function predictionsCsv(): string {
  const rows = Array.from({ length: 80 }, (_, i) => `${i % 2},${i % 4 === 3 ? 0 : i % 2},${i < 40 ? 'north' : 'south'}`);
  return `label,pred,region\n${rows.join('\n')}\n`;
}

/** An MLflow run folder as the file store writes it (mlruns/<experiment>/<run>/), the model logged under artifacts/model. */
export function mlflowRunFolder(): string {
  return tempWorkspace({
    'meta.yaml': 'artifact_uri: mlflow-artifacts:/1/0d6e1c8a9b7f4e2d8c5a3b1f9e7d6c4b/artifacts\nexperiment_id: \'1\'\nlifecycle_stage: active\nrun_id: 0d6e1c8a9b7f4e2d8c5a3b1f9e7d6c4b\nstatus: 3\n',
    'metrics/accuracy': '1705314093512 0.91 0\n1705314101877 0.934 1\n',
    'metrics/val/log_loss': '1705314093512 0.31 0\n1705314101877 0.27 1\n1705314090000 0.5 0\n',
    'params/C': '1.0',
    'tags/mlflow.runName': 'fraud-weekly',
    'artifacts/model/MLmodel': MLMODEL,
    'artifacts/model/model.pkl': sklearnPickle(),
    'artifacts/model/requirements.txt': 'mlflow==2.9.2\nscikit-learn==1.3.2\n',
  });
}

/** A tensor-of-zeros safetensors shard. */
function shard(name: string): Buffer {
  return safetensors({ [name]: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, Buffer.alloc(8));
}

/** models/bert-ft as save_pretrained writes it (two safetensors shards and their index) plus a tokenizer and card. */
export function huggingfaceProject(): string {
  const config = { _name_or_path: 'bert-base-uncased', architectures: ['BertForSequenceClassification'], model_type: 'bert', hidden_size: 768, torch_dtype: 'float32', transformers_version: '4.36.2' };
  const index = { metadata: { total_size: 16 }, weight_map: { 'bert.embeddings.weight': 'model-00001-of-00002.safetensors', 'classifier.weight': 'model-00002-of-00002.safetensors' } };
  return tempWorkspace({
    'models/bert-ft/config.json': JSON.stringify(config, null, 2),
    'models/bert-ft/model-00001-of-00002.safetensors': shard('bert.embeddings.weight'),
    'models/bert-ft/model-00002-of-00002.safetensors': shard('classifier.weight'),
    'models/bert-ft/model.safetensors.index.json': JSON.stringify(index, null, 2),
    'models/bert-ft/tokenizer.json': '{"version": "1.0", "model": {"type": "WordPiece"}}',
    'models/bert-ft/tokenizer_config.json': '{"do_lower_case": true}',
    'models/bert-ft/special_tokens_map.json': '{"cls_token": "[CLS]"}',
    'models/bert-ft/vocab.txt': '[PAD]\n[CLS]\n[SEP]\nthe\n',
    'models/bert-ft/README.md': '---\nlicense: apache-2.0\ndatasets:\n- imdb\nmetrics:\n- accuracy\nbase_model: bert-base-uncased\n---\n\n# bert-ft\n\nFine-tuned on IMDB reviews.\n',
  });
}

/** A DVC pipeline: raw data added with `dvc add`, a prepare and a train stage in dvc.lock. */
export function dvcProject(): string {
  return tempWorkspace({
    'data/raw.csv': 'amount,hour,label\n1.0,2,0\n3.5,4,1\n',
    'data/raw.csv.dvc': 'outs:\n- md5: 5d41402abc4b2a76b9719d911017c592\n  size: 36\n  hash: md5\n  path: raw.csv\n',
    'data/images/0.txt': 'zero',
    'data/images/1.txt': 'one',
    'data/prepared/train.csv': 'amount,hour,label\n1.0,2,0\n',
    'models/model.joblib': sklearnPickle(),
    'src/prepare.py': 'print("prepare")\n',
    'src/train.py': 'print("train")\n',
    'params.yaml': 'train:\n  seed: 7\n',
    'requirements.txt': 'scikit-learn==1.3.2\njoblib==1.3.2\n',
    'dvc.yaml': 'stages:\n  prepare:\n    cmd: python src/prepare.py\n',
    'dvc.lock': `schema: '2.0'
stages:
  prepare:
    cmd: python src/prepare.py data/raw.csv data/images
    deps:
    - path: data/images
      hash: md5
      md5: 7b1bd3c1e8a4f6b0c2d9e5a3f1b7c8d2.dir
      size: 7
      nfiles: 2
    - path: data/raw.csv
      hash: md5
      md5: 5d41402abc4b2a76b9719d911017c592
      size: 36
    - path: src/prepare.py
      hash: md5
      md5: 0c8b6f2a1d3e5f7a9b1c3d5e7f9a1b3c
      size: 17
    outs:
    - path: data/prepared
      hash: md5
      md5: 1f3e5a7c9b1d3f5a7c9e1b3d5f7a9c1e.dir
      size: 27
      nfiles: 1
  train:
    cmd: python src/train.py
    deps:
    - path: data/prepared
      hash: md5
      md5: 1f3e5a7c9b1d3f5a7c9e1b3d5f7a9c1e.dir
      size: 27
      nfiles: 1
    - path: src/train.py
      hash: md5
      md5: 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b
      size: 15
    params:
      params.yaml:
        train.seed: 7
    outs:
    - path: models/model.joblib
      hash: md5
      md5: 3c59dc048e8850243be8079a5c74d079
      size: 90
`,
  });
}

/** The policy a team has beside such a project: reviewed pickle globals, the dataset registry, offline waivers. */
export function projectPolicy(registry?: string): string {
  return [
    'failOn: low',
    'lineage:',
    '  allowGlobals: [sklearn.linear_model._logistic.LogisticRegression]',
    ...(registry ? [`  datasetRegistry: ${registry}`] : []),
    'waivers:',
    '  - rule: dependency/no-advisory-source',
    '    reason: the test runs offline, without an advisory database',
    '    owner: ml-platform@example.com',
    '    expires: 2099-12-31',
    '  - rule: dependency/unpinned',
    '    reason: MLflow writes pip as a range (pip<=) in conda.yaml',
    '    owner: ml-platform@example.com',
    '    expires: 2099-12-31',
    '',
  ].join('\n');
}
