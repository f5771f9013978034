// Rules the model-file scanner can emit. Ids are suffixes: the lineage check prefixes them
// (`lineage/<id>`) with `modelFileRuleDefs()` and merges them into its `rules`.
import type { RuleDef } from '../../../src/check.js';
import type { RuleTopic, Severity } from '../../../src/report/model.js';

export const MODEL_FILE_RULE_IDS = [
  'unsafe-global',
  'unresolved-global',
  'suspicious-global',
  'unknown-global',
  'global-mutation',
  'malformed',
  'scan-limit',
  'zip-bomb',
  'path-escape',
  'archive-anomaly',
  'unreadable-member',
  'unsupported-format',
  'lambda-layer',
  'object-array',
  'safetensors-invalid',
  'external-data-missing',
] as const;

export type ModelFileRule = (typeof MODEL_FILE_RULE_IDS)[number];

export interface ModelFileRuleInfo {
  id: ModelFileRule;
  title: string;
  severity: Severity;
  /** All are security (unsafe deserialization, scanner evasion) but a model that cannot load as built. */
  topic: RuleTopic;
  help: string;
  remediation: string;
}

const REVIEW = 'Do not load the file. Rebuild it from trusted code, or convert the weights to safetensors (which holds no code).';

export const MODEL_FILE_RULES: Readonly<Record<ModelFileRule, ModelFileRuleInfo>> = {
  'unsafe-global': {
    id: 'unsafe-global',
    title: 'Model file imports a dangerous Python global',
    severity: 'critical',
    topic: 'security',
    help:
      'A pickle stream in the model file imports a global rated dangerous (code execution, processes, files, network, loading another pickle, attribute gadgets such as builtins.getattr). Loading the file with pickle, torch.load(weights_only=False), joblib or numpy(allow_pickle=True) runs it.',
    remediation: `${REVIEW} A dangerous global cannot be allowed with allowGlobals; if a reviewed exception is unavoidable, waive the finding with an owner and an expiry date.`,
  },
  'unresolved-global': {
    id: 'unresolved-global',
    title: 'Model file imports a global that cannot be resolved statically',
    severity: 'critical',
    topic: 'security',
    help:
      'A STACK_GLOBAL whose module or name is not a string known without running the pickle (built from other objects, memo tricks, module attribute patching), or an EXT1/EXT2/EXT4 extension-registry code. It is treated as dangerous: this is how scanners are evaded.',
    remediation: REVIEW,
  },
  'suspicious-global': {
    id: 'suspicious-global',
    title: 'Model file imports a suspicious Python global',
    severity: 'high',
    topic: 'security',
    help: 'A pickle stream imports a global that is a known building block of gadget chains (builtins.type, gc, copy, logging…) or an unlisted builtin. Not code execution on its own.',
    remediation: 'Review why the model needs it. Once reviewed, list it in the policy\'s `allowGlobals` (module.name or module.*), or save the model without it.',
  },
  'unknown-global': {
    id: 'unknown-global',
    title: 'Model file imports a Python global on no list',
    severity: 'medium',
    topic: 'security',
    help: 'A pickle stream imports a class or function that is neither on the safe list nor known dangerous: typically the project\'s own classes or a library\'s estimators. Loading the file imports that module and calls into it.',
    remediation: 'Review the global; when it is expected, add it to the policy\'s `allowGlobals` (for example `sklearn.*` or `mypackage.model.Net`).',
  },
  'global-mutation': {
    id: 'global-mutation',
    title: 'Pickle overwrites attributes of an imported module or class',
    severity: 'critical',
    topic: 'security',
    help: 'BUILD is applied to an imported global itself rather than to an instance: the pickle sets attributes on a module or class (for example replacing torch._utils functions) so that a later, innocent-looking import resolves to something else.',
    remediation: REVIEW,
  },
  malformed: {
    id: 'malformed',
    title: 'Model file is malformed',
    severity: 'high',
    topic: 'security',
    help: 'Part of the file could not be parsed: a truncated pickle, an unknown opcode, trailing bytes that are not a pickle, an inconsistent .npy header, an invalid external-data reference. What could not be parsed was not scanned.',
    remediation: 'Re-export the model with the framework\'s own save function and record the new digest; investigate if the file was not expected to change.',
  },
  'scan-limit': {
    id: 'scan-limit',
    title: 'Model file scan stopped at a limit',
    severity: 'high',
    topic: 'security',
    help: 'A size or count cap of the scanner was reached (stream size, memo entries, stack depth, pickles per file, distinct globals, members); the rest of the file was not scanned.',
    remediation: 'Split or re-export the model; limits are documented in checks/lineage/modelfiles/README.md.',
  },
  'zip-bomb': {
    id: 'zip-bomb',
    title: 'Archive member is a decompression bomb',
    severity: 'high',
    topic: 'security',
    help: 'A member declares or inflates to more than the allowed compression ratio, inflates past its declared size, or shares data with another member (overlapping entries). It was not decompressed further.',
    remediation: 'Do not load the archive; rebuild it with the framework\'s save function.',
  },
  'path-escape': {
    id: 'path-escape',
    title: 'Path inside the model escapes its folder',
    severity: 'high',
    topic: 'security',
    help: 'An archive member name or an ONNX external-data location is absolute, contains "..", or resolves (through a link) outside the model\'s folder. Extracting or loading it reads or writes files elsewhere.',
    remediation: 'Rebuild the archive with relative member names; keep ONNX external data files next to the model and reference them by plain relative names.',
  },
  'archive-anomaly': {
    id: 'archive-anomaly',
    title: 'Archive structure is anomalous',
    severity: 'high',
    topic: 'security',
    help: 'Encryption or patched-data flag bits, a local header name that differs from the central directory, bytes before the archive, member counts that disagree: tricks that make one tool see a different archive than another (Python\'s zipfile refuses several of them; scanners have been evaded this way).',
    remediation: 'Rebuild the archive with standard tooling (torch.save, numpy.savez, keras save) and record the new digest.',
  },
  'unreadable-member': {
    id: 'unreadable-member',
    title: 'Archive member cannot be read',
    severity: 'high',
    topic: 'security',
    help: 'An archive member is encrypted, uses an unsupported compression method, or its data is corrupt, so its content could not be scanned. It is not assumed to be clean.',
    remediation: 'Ship model archives unencrypted, stored or deflated; re-export the file.',
  },
  'unsupported-format': {
    id: 'unsupported-format',
    title: 'Model file format cannot be scanned',
    severity: 'high',
    topic: 'security',
    help: 'The file is a container the scanner does not read (7z, bzip2/xz/zstd-compressed pickles, HDF5…), so what it holds could not be checked. It is not assumed to be clean.',
    remediation: 'Ship the model as safetensors, a PyTorch zip checkpoint, .npy/.npz, .keras or ONNX; or decompress it before the gate runs.',
  },
  'lambda-layer': {
    id: 'lambda-layer',
    title: 'Keras model contains a Lambda layer',
    severity: 'high',
    topic: 'security',
    help: 'A Lambda layer stores Python code (marshalled bytecode or a function reference) in config.json; loading the model with safe_mode off runs it.',
    remediation: 'Replace the Lambda layer with a registered custom layer class whose code is reviewed and shipped with the serving image.',
  },
  'object-array': {
    id: 'object-array',
    title: 'NumPy array holds Python objects',
    severity: 'medium',
    topic: 'security',
    help: 'A .npy file (or .npz member) has an object dtype: its data is a pickle, and loading it needs allow_pickle=True. The embedded pickle is scanned; its globals are reported separately.',
    remediation: 'Store numeric arrays (or strings as fixed-width dtypes); avoid allow_pickle=True.',
  },
  'safetensors-invalid': {
    id: 'safetensors-invalid',
    title: 'safetensors header is inconsistent',
    severity: 'high',
    topic: 'security',
    help: 'A tensor entry has an unknown dtype, a shape that does not match its byte span, offsets outside the file, overlapping another tensor, or bytes that belong to no tensor. The reference loader refuses such files; other readers may read out of bounds.',
    remediation: 'Re-save the tensors with the safetensors library and record the new digest.',
  },
  'external-data-missing': {
    id: 'external-data-missing',
    title: 'ONNX external data file is missing or too short',
    severity: 'high',
    topic: 'supply-chain',
    help: 'An ONNX tensor stores its data in an external file that does not exist next to the model, or whose offset and length run past its end: the released model cannot load as built.',
    remediation: 'Release the external data files with the model (same folder) and list them as artifacts.',
  },
};

/** The rules as RuleDefs of a check: `prefix` + id (default `lineage/`). */
export function modelFileRuleDefs(prefix = 'lineage/'): RuleDef[] {
  return MODEL_FILE_RULE_IDS.map((id) => ({ ...MODEL_FILE_RULES[id], id: `${prefix}${id}` }));
}
