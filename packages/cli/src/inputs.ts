import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** File names a directory is searched for (case-insensitive); files named on the command line are read whatever their name. */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.jsonl', '.ndjson'] as const;

export const STDIN_NAME = '<stdin>';

export type InputSource = { kind: 'file'; path: string } | { kind: 'stdin'; path: typeof STDIN_NAME };

/** A command-line input that gives no source at all: a missing file, an empty directory, … */
export interface InputProblem {
  kind: 'problem';
  path: string;
  code: 'not_found' | 'unreadable' | 'no_articles';
  message: string;
}

export type InputItem = InputSource | InputProblem;

export const isInputFile = (name: string): boolean => {
  const lower = name.toLowerCase();
  return INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (e as Error)?.message ?? String(e);
}

/**
 * What the command-line inputs name, in order: `-` is stdin; a file is itself; a directory is
 * every file under it, recursively, whose name ends in one of INPUT_EXTENSIONS, in sorted
 * order (names starting with "." are skipped; symbolic links are followed, each directory is
 * visited once). No inputs at all means stdin.
 */
export async function expandInputs(args: readonly string[]): Promise<InputItem[]> {
  if (args.length === 0) return [{ kind: 'stdin', path: STDIN_NAME }];
  const items: InputItem[] = [];
  const visited = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin', path: STDIN_NAME });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'not_found' : 'unreadable';
      items.push({ kind: 'problem', path: arg, code, message: describe(e) });
      continue;
    }
    if (!info.isDirectory()) {
      items.push({ kind: 'file', path: arg });
      continue;
    }
    const found: InputItem[] = [];
    await walk(arg, found, visited);
    if (!found.some((i) => i.kind === 'file')) {
      found.push({
        kind: 'problem',
        path: arg,
        code: 'no_articles',
        message: `the directory holds no input files (${INPUT_EXTENSIONS.map((e) => '*' + e).join(', ')})`,
      });
    }
    items.push(...found);
  }
  return items;
}

async function walk(dir: string, out: InputItem[], visited: Set<string>): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.push({ kind: 'problem', path: dir, code: 'unreadable', message: `cannot read the directory: ${describe(e)}` });
    return;
  }
  const names = entries.filter((d) => !d.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of names) {
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (e) {
        // A dangling link matters only when it names an input file.
        if (isInputFile(entry.name)) out.push({ kind: 'problem', path, code: 'unreadable', message: describe(e) });
        continue;
      }
    }
    if (isDir) await walk(path, out, visited);
    else if (isFile && isInputFile(entry.name)) out.push({ kind: 'file', path });
  }
}
