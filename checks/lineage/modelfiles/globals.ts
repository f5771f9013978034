// Ratings of the Python globals a pickle imports (GLOBAL, INST, STACK_GLOBAL). Our own lists,
// informed by the public lists of picklescan and ProtectAI modelscan; documented in README.md.
//
//   dangerous   executes code, spawns processes, touches files or the network, loads another
//               pickle, or reaches arbitrary attributes: loading the file is running code.
//   suspicious  not code execution by itself but a known building block of gadget chains, or
//               an unlisted member of `builtins`.
//   safe        the reconstructors and containers ordinary PyTorch / NumPy / stdlib pickles use.
//   unknown     on no list (a user's own class, a library's estimator): allow it by name in the
//               policy's `allowGlobals` once reviewed.

export type GlobalRating = 'dangerous' | 'suspicious' | 'safe' | 'unknown';

/** A whole module, and every submodule below it (`os` covers `os.path`). */
const ALL = '*';
type NameSet = typeof ALL | readonly string[];

const BUILTINS_DANGEROUS = [
  'eval', 'exec', 'execfile', 'compile', 'open', 'file', 'input', 'raw_input', 'breakpoint', 'help',
  'getattr', 'setattr', 'delattr', 'hasattr', 'apply', 'reload', '__import__', 'globals', 'locals', 'vars', 'memoryview',
] as const;

// Containers and value types whose construction runs no user code.
const BUILTINS_SAFE = [
  'object', 'set', 'frozenset', 'dict', 'list', 'tuple', 'int', 'long', 'float', 'complex', 'bool', 'str', 'unicode',
  'bytes', 'bytearray', 'slice', 'range', 'xrange', 'NoneType', 'Ellipsis', 'NotImplemented',
] as const;

export const DANGEROUS: Readonly<Record<string, NameSet>> = {
  builtins: BUILTINS_DANGEROUS,
  __builtin__: BUILTINS_DANGEROUS,
  __builtins__: ALL,
  // processes, the OS, the interpreter
  os: ALL, posix: ALL, nt: ALL, subprocess: ALL, _posixsubprocess: ALL, _winapi: ALL, commands: ALL, pty: ALL,
  sys: ALL, platform: ALL, signal: ALL, multiprocessing: ALL, _thread: ALL, threading: ALL, asyncio: ALL,
  ctypes: ALL, _ctypes: ALL, cffi: ALL, mmap: ALL, resource: ALL,
  // running or importing code
  runpy: ALL, code: ALL, codeop: ALL, importlib: ALL, imp: ALL, pkgutil: ALL, zipimport: ALL, types: ['CodeType', 'FunctionType', 'LambdaType', 'MethodType', 'ModuleType'],
  bdb: ALL, pdb: ALL, trace: ALL, profile: ALL, cProfile: ALL, timeit: ALL, doctest: ALL, pydoc: ALL, idlelib: ALL,
  lib2to3: ALL, 'logging.config': ALL, inspect: ALL, linecache: ALL,
  // installing things
  pip: ALL, ensurepip: ALL, venv: ALL, distutils: ALL, setuptools: ALL, site: ALL,
  // files
  io: ['open', 'open_code', 'FileIO'], _io: ['open', 'open_code', 'FileIO'], shutil: ALL, tempfile: ALL, fileinput: ALL, glob: ALL,
  pathlib: ['Path.write_text', 'Path.write_bytes', 'Path.read_text', 'Path.read_bytes', 'Path.open', 'Path.unlink'],
  // network
  socket: ALL, _socket: ALL, ssl: ALL, http: ALL, httplib: ALL, urllib: ALL, urllib2: ALL, urllib3: ALL, requests: ALL, httpx: ALL,
  aiohttp: ALL, ftplib: ALL, smtplib: ALL, telnetlib: ALL, poplib: ALL, imaplib: ALL, xmlrpc: ALL, webbrowser: ALL, socketserver: ALL,
  // loading another pickle or serialized code
  pickle: ALL, _pickle: ALL, cPickle: ALL, dill: ['loads', 'load', '_dill._create_code', '_dill._create_function', '_dill._import_module', '_dill._get_attr'],
  'dill._dill': ['_create_code', '_create_function', '_import_module', '_get_attr', '_create_cell', '_load', 'loads', 'load'],
  marshal: ALL, shelve: ALL, joblib: ['load'], 'joblib.numpy_pickle': ['load'],
  'pandas.io.pickle': ALL, pandas: ['read_pickle'], numpy: ['load', 'loads', 'fromfile'], 'numpy.lib.npyio': ['load'],
  'numpy.f2py': ALL, 'numpy.testing._private.utils': ALL, 'numpy.distutils': ALL, 'numpy.ctypeslib': ALL,
  // attribute and call gadgets
  operator: ['attrgetter', 'itemgetter', 'methodcaller', 'getitem', 'call'], _operator: ['attrgetter', 'itemgetter', 'methodcaller', 'getitem', 'call'],
  functools: ['partial', 'reduce', 'partialmethod'], _functools: ['partial', 'reduce'],
  // PyTorch entry points that run code or load other files (picklescan's list and more)
  torch: ['load', 'hub', 'compile', 'jit'],
  'torch.serialization': ['load', '_load', '_legacy_load'],
  'torch.hub': ALL, 'torch.jit': ALL, 'torch._inductor': ALL, 'torch.utils.cpp_extension': ALL, 'torch.utils.collect_env': ALL,
  'torch.utils.bottleneck': ALL, 'torch.utils.data.datapipes.utils.decoder': ALL, 'torch._dynamo': ALL, 'torch.package': ALL,
  'torch.fx.experimental.symbolic_shapes': ['ShapeEnv.evaluate_guards_expression'],
  'torch.utils._config_module': ['ConfigModule.load_config'],
  'torch.storage': ['_load_from_bytes'],
  // Keras / TensorFlow loaders reached from a pickle
  keras: ['models.load_model', 'saving.load_model'], 'keras.models': ['load_model'], 'tensorflow.keras.models': ['load_model'],
};

export const SUSPICIOUS: Readonly<Record<string, NameSet>> = {
  builtins: ['type', 'super', 'map', 'filter', 'zip', 'iter', 'next', 'print', 'classmethod', 'staticmethod', 'property', 'id', 'format'],
  __builtin__: ['type', 'super', 'map', 'filter', 'zip', 'iter', 'next', 'print', 'classmethod', 'staticmethod', 'property', 'id', 'format'],
  gc: ALL, weakref: ALL, getpass: ALL, pwd: ALL, grp: ALL, spwd: ALL, sqlite3: ALL, dbm: ALL, zipfile: ALL, tarfile: ALL, logging: ALL,
  'dill._dill': ['_load_type', '_create_type', '_create_array'],
  copy: ALL, itertools: ALL, contextlib: ALL, abc: ALL,
};

export const SAFE: Readonly<Record<string, NameSet>> = {
  builtins: BUILTINS_SAFE,
  __builtin__: BUILTINS_SAFE,
  collections: ['OrderedDict', 'defaultdict', 'deque', 'Counter', 'namedtuple'],
  copyreg: ['_reconstructor', '__newobj__', '__newobj_ex__'],
  copy_reg: ['_reconstructor', '__newobj__'],
  _codecs: ['encode'],
  datetime: ['datetime', 'date', 'time', 'timedelta', 'timezone'],
  decimal: ['Decimal'],
  fractions: ['Fraction'],
  uuid: ['UUID'],
  numpy: ['dtype', 'ndarray', 'float16', 'float32', 'float64', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'bool_', 'complex64', 'complex128'],
  'numpy.core.multiarray': ['_reconstruct', 'scalar'],
  'numpy._core.multiarray': ['_reconstruct', 'scalar'],
  'numpy.dtypes': ALL,
  'numpy.random._pickle': ['__randomstate_ctor', '__generator_ctor', '__bit_generator_ctor'],
  torch: [
    'Size', 'device', 'dtype', 'layout', 'memory_format', 'Tensor', 'strided', 'sparse_coo',
    'float16', 'float32', 'float64', 'bfloat16', 'half', 'float', 'double', 'int8', 'int16', 'int32', 'int64', 'uint8', 'bool', 'complex64', 'complex128',
    'per_tensor_affine', 'per_channel_affine', 'contiguous_format', 'channels_last', 'preserve_format',
    'FloatStorage', 'DoubleStorage', 'HalfStorage', 'BFloat16Storage', 'LongStorage', 'IntStorage', 'ShortStorage', 'CharStorage',
    'ByteStorage', 'BoolStorage', 'ComplexFloatStorage', 'ComplexDoubleStorage', 'QUInt8Storage', 'QInt8Storage', 'QInt32Storage',
    'QUInt4x2Storage', 'QUInt2x4Storage', 'UntypedStorage', 'TypedStorage',
  ],
  'torch._utils': [
    '_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter', '_rebuild_parameter_with_state',
    '_rebuild_qtensor', '_rebuild_sparse_tensor', '_rebuild_nested_tensor', '_rebuild_device_tensor_from_numpy',
    '_rebuild_meta_tensor_no_storage', '_rebuild_wrapper_subclass',
  ],
  'torch._tensor': ['_rebuild_from_type', '_rebuild_from_type_v2'],
  'torch.nn.parameter': ['Parameter'],
  'torch.storage': ['UntypedStorage', 'TypedStorage'],
  'torch.serialization': ['_get_layout'],
};

/** Attribute names that reach interpreter internals: any dotted name through one of these is dangerous. */
const INTROSPECTION = new Set([
  '__globals__', '__builtins__', '__subclasses__', '__class__', '__bases__', '__base__', '__mro__', '__dict__', '__getattribute__',
  '__getattr__', '__setattr__', '__delattr__', '__code__', '__closure__', '__import__', '__reduce__', '__reduce_ex__', '__call__',
  '__func__', '__self__', '__loader__', '__spec__', '__init__', '__new__', '__init_subclass__', '__getitem__', '__module__',
]);

function listed(table: Readonly<Record<string, NameSet>>, module: string, name: string, inherit: boolean): boolean {
  const direct = table[module];
  if (direct !== undefined && (direct === ALL || direct.includes(name) || direct.includes(name.split('.')[0]!))) return true;
  // `module.sub` and `module` with a dotted name: a wildcard on a parent module covers its submodules,
  // and a listed `sub.name` under the parent covers `parent.sub` + `name`.
  const parts = module.split('.');
  for (let i = parts.length - 1; i >= 1; i--) {
    const parent = parts.slice(0, i).join('.');
    const entry = table[parent];
    if (entry === undefined) continue;
    if (entry === ALL && inherit) return true;
    if (entry !== ALL && entry.includes(`${parts.slice(i).join('.')}.${name}`)) return true;
  }
  return false;
}

/** Rating of `module` + `name` before the policy's allow list. */
export function rateGlobal(module: string, name: string): GlobalRating {
  const parts = [...module.split('.'), ...name.split('.')];
  if (parts.some((p) => INTROSPECTION.has(p))) return 'dangerous';
  if (module.length === 0 || name.length === 0 || parts.some((p) => p.length === 0)) return 'dangerous';
  if (listed(DANGEROUS, module, name, true)) return 'dangerous';
  if (listed(SAFE, module, name, false)) {
    // A dotted name below a safe class reaches its attributes (`collections.OrderedDict.fromkeys` is fine,
    // `torch.Size.__class__` is caught above); only the exact names listed are safe.
    const entry = SAFE[module];
    if (entry === ALL || (entry !== undefined && entry.includes(name))) return 'safe';
  }
  if (listed(SUSPICIOUS, module, name, true)) return 'suspicious';
  if (module === 'builtins' || module === '__builtin__') return 'suspicious';
  return 'unknown';
}

/**
 * Policy allow list: `module.name` exactly, or `module.*` for every name in that module and its submodules.
 * It can lift `unknown` and `suspicious` globals to `safe`; a `dangerous` global stays dangerous
 * (a reviewed exception is a waiver, with an owner and an expiry date, not an allow-list entry).
 */
export function allowMatcher(allow: readonly string[] | undefined): (global: string) => boolean {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const a of allow ?? []) {
    const t = a.trim();
    if (t.endsWith('.*')) prefixes.push(t.slice(0, -1));
    else if (t === '*') prefixes.push('');
    else if (t.length > 0) exact.add(t);
  }
  return (g) => exact.has(g) || prefixes.some((p) => g.startsWith(p));
}

export function rateWithPolicy(module: string, name: string, allowed: (global: string) => boolean): GlobalRating {
  const r = rateGlobal(module, name);
  if (r === 'dangerous') return r;
  return allowed(`${module}.${name}`) ? 'safe' : r;
}
