// Hugging Face model folders (save_pretrained / a hub repository): `config.json` beside the weights
// (`*.safetensors`, `pytorch_model*.bin`, `tf_model.h5`, `flax_model.msgpack`), sharded weights with
// their `*.index.json` (weight_map: tensor → shard file), tokenizer files, and `README.md`, the model
// card, whose YAML front matter carries license, datasets and metrics.
import { baseName, folderOf, joinRel } from './files.js';
import { frontMatter, isRecord, readJson } from './read-small.js';
import type { FoundProject } from './project.js';

const WEIGHTS = /^(.*\.safetensors|pytorch_model.*\.bin|tf_model.*\.h5|flax_model.*\.msgpack)$/;
const TOKENIZER = /^(tokenizer.*|vocab\.(txt|json)|merges\.txt|special_tokens_map\.json|spiece\.model|sentencepiece\.bpe\.model)$/;

/** Folders with a config.json and weights beside it. */
export function huggingfaceFolders(files: readonly string[]): string[] {
  const configs = files.filter((f) => baseName(f) === 'config.json').map(folderOf);
  return configs.filter((dir) => files.some((f) => folderOf(f) === dir && WEIGHTS.test(baseName(f))));
}

export function detectHuggingface(root: string, files: readonly string[], project: FoundProject): void {
  for (const dir of huggingfaceFolders(files)) {
    const here = files.filter((f) => folderOf(f) === dir).map(baseName);
    const config = readJson(root, joinRel(dir, 'config.json'), project.undecided);
    const arch = isRecord(config) && Array.isArray(config.architectures) ? config.architectures.filter((a) => typeof a === 'string').join(', ') : '';
    const type = isRecord(config) && typeof config.model_type === 'string' ? config.model_type : undefined;
    const weights = here.filter((f) => WEIGHTS.test(f));
    const format = weights.every((w) => w.endsWith('.safetensors')) ? 'safetensors' : weights.some((w) => w.endsWith('.bin')) ? 'pytorch' : undefined;
    const parts = [`Hugging Face model${type ? ` ${type}` : ''}${arch ? ` (${arch})` : ''}`, `weights ${weights.join(', ')}`];
    const tokenizer = here.filter((f) => TOKENIZER.test(f));
    if (tokenizer.length) parts.push(`tokenizer ${tokenizer.join(', ')}`);
    for (const index of here.filter((f) => /\.index\.json$/.test(f))) checkShards(root, joinRel(dir, index), here, project);
    project.artifacts.push({ path: dir || '.', ...(format ? { format } : {}), name: baseName(dir) || 'model', note: parts.join('; ') });
    project.found.push(`${dir || '.'}: ${parts.join('; ')}`);
    const readme = joinRel(dir, 'README.md');
    if (!here.includes('README.md')) project.undecided.push(`${dir || '.'}: no README.md model card`);
    else cardFrom(root, readme, project);
  }
}

/** Every shard an index names must be in the folder: a missing one is said, never skipped silently. */
function checkShards(root: string, index: string, here: readonly string[], project: FoundProject): void {
  const data = readJson(root, index, project.undecided);
  const map = isRecord(data) && isRecord(data.weight_map) ? data.weight_map : {};
  const shards = [...new Set(Object.values(map).filter((v): v is string => typeof v === 'string'))];
  const missing = shards.filter((s) => !here.includes(s));
  project.found.push(`${index}: ${shards.length} shard${shards.length === 1 ? '' : 's'}`);
  for (const s of missing) project.undecided.push(`${index} names the shard ${s}, which is not in the folder`);
}

/** A README with front matter is the model card; its license and datasets are printed. */
function cardFrom(root: string, readme: string, project: FoundProject): void {
  const meta = frontMatter(root, readme);
  if (!meta) {
    project.undecided.push(`${readme}: no YAML front matter (license, datasets); not used as the model card`);
    return;
  }
  project.card ??= readme;
  const said = ['license', 'datasets', 'metrics'].filter((k) => meta[k] !== undefined).map((k) => `${k} ${[meta[k]].flat().join(', ')}`);
  project.found.push(`${readme}: model card${said.length ? `; ${said.join('; ')}` : ''}`);
  if (meta.license === undefined) project.undecided.push(`${readme}: the card has no license`);
}
