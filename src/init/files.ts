// The project's files as `init` sees them: every regular file under the folder, relative with `/`
// separators, without the folders no release is made of (version control, dependencies, caches).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { compareUtf8, MAX_DIRECTORY_FILES } from '../io/artifact-digest.js';

const SKIPPED = new Set(['.git', 'node_modules', '.modelgate', '.dvc', '.venv', 'venv', '__pycache__', '.mypy_cache', '.pytest_cache', '.ipynb_checkpoints', 'mlruns']);

/** Regular files under `root` (sorted); symbolic links and special files are left out (the gate never follows them) and listed in `others`. */
export async function projectFiles(root: string): Promise<{ files: string[]; others: string[] }> {
  const out: string[] = [];
  const others: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, rel), { withFileTypes: true });
    } catch (e) {
      throw new ConfigError(`cannot list this folder: ${errorMessage(e).replace(/^\w+: /, '').replace(/, scandir.*$/, '')}`, { file: rel || '.' });
    }
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !SKIPPED.has(e.name)) await walk(child);
      else if (e.isFile()) {
        out.push(child);
        if (out.length > MAX_DIRECTORY_FILES) throw new ConfigError(`more than ${MAX_DIRECTORY_FILES} files under the project folder`);
      } else if (!e.isDirectory()) others.push(child);
    }
  };
  await walk('');
  return { files: out.sort(compareUtf8), others: others.sort(compareUtf8) };
}

/** The folder of a relative path ('' at the top). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The last part of a relative path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `a/b` joined, '' meaning the top folder. */
export function joinRel(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}
