// From command-line arguments to the ordered list of inputs to read: folders are walked recursively in
// a stable order (by code unit, not locale), hidden entries are skipped, http(s) addresses are kept to be
// fetched when their turn comes, and whatever cannot be read becomes an error value in its place.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileDocumentId } from './id.ts';
import type { InputError, InputFormat, InputSkip } from './types.ts';

/** File extensions we read, and as what. */
export const FORMATS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'feed',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
};

export interface FileSource {
  kind: 'file';
  path: string;
  format: InputFormat;
  /** Document id for formats of one document per file; the prefix of row ids for CSV. */
  id: string;
  size: number;
}

export interface StdinSource {
  kind: 'stdin';
}

/** A page, feed, PDF or spreadsheet to fetch over HTTP(S). */
export interface UrlSource {
  kind: 'url';
  url: string;
}

export type InputSource = FileSource | StdinSource | UrlSource | InputError | InputSkip;

export interface InputPlan {
  sources: InputSource[];
  /** Bytes to read in all, when known (not when reading standard input or fetching). */
  totalBytes: number | undefined;
}

/** An argument that names something to fetch rather than a path. */
const FETCHED = /^https?:\/\//i;

/** The inputs named by `args` (paths, URLs, or `-` for standard input), in the order they will be read. */
export async function planInputs(args: readonly string[]): Promise<InputPlan> {
  const sources: InputSource[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdin)
        sources.push({
          kind: 'error',
          origin: 'stdin',
          message: 'given twice; it can be read once',
          bytes: 0,
        });
      else sources.push({ kind: 'stdin' });
      stdin = true;
    } else if (FETCHED.test(arg)) {
      sources.push(planUrl(arg));
    } else {
      sources.push(...(await planPath(arg)));
    }
  }
  const files = sources.filter((s) => s.kind === 'file');
  const unsized = stdin || sources.some((s) => s.kind === 'url');
  return { sources, totalBytes: unsized ? undefined : files.reduce((sum, f) => sum + f.size, 0) };
}

function planUrl(arg: string): UrlSource | InputError {
  try {
    return { kind: 'url', url: new URL(arg).href };
  } catch {
    return { kind: 'error', origin: arg, message: 'is not a valid URL; check it', bytes: 0 };
  }
}

async function planPath(path: string): Promise<InputSource[]> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return await walk(path, '');
    const format = FORMATS[extname(path).toLowerCase()];
    if (format === undefined) return [unknownExtension(path, 'error')];
    return [{ kind: 'file', path, format, id: fileDocumentId(fileName(path)), size: info.size }];
  } catch (e) {
    return [{ kind: 'error', origin: path, message: fsMessage(e), bytes: 0 }];
  }
}

/** Files under `root/relative`, depth first, each folder's entries sorted by name. */
async function walk(root: string, relative: string): Promise<InputSource[]> {
  const folder = join(root, relative);
  const entries = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sources: InputSource[] = [];
  for (const entry of entries) {
    const rel = join(relative, entry.name);
    const path = join(root, rel);
    try {
      if (entry.isDirectory()) {
        sources.push(...(await walk(root, rel)));
        continue;
      }
      // Links to files are read; links to folders are not followed, so a link cycle cannot trap the walk.
      const info = entry.isSymbolicLink() ? await stat(path) : undefined;
      if (info?.isDirectory()) {
        sources.push({ kind: 'skipped', origin: path, message: 'is a link to a folder; not followed' });
      } else if (!entry.isFile() && !info?.isFile()) {
        sources.push({ kind: 'skipped', origin: path, message: 'is not a regular file' });
      } else {
        const format = FORMATS[extname(entry.name).toLowerCase()];
        if (format === undefined) sources.push(unknownExtension(path, 'skipped'));
        else {
          const size = (info ?? (await stat(path))).size;
          sources.push({ kind: 'file', path, format, id: fileDocumentId(rel), size });
        }
      }
    } catch (e) {
      sources.push({ kind: 'error', origin: path, message: fsMessage(e), bytes: 0 });
    }
  }
  return sources;
}

function unknownExtension(path: string, kind: 'error' | 'skipped'): InputError | InputSkip {
  const ext = extname(path) || '(none)';
  const known = Object.keys(FORMATS).join(', ');
  return kind === 'error'
    ? {
        kind,
        origin: path,
        message: `unknown extension ${ext}; give ${known} files, folders or URLs`,
        bytes: 0,
      }
    : { kind, origin: path, message: `unknown extension ${ext}; skipped (read: ${known})` };
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A file-system error as a message for the user. */
export function fsMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check its permissions';
  if (code === 'EISDIR') return 'is a folder where a file was expected';
  return `cannot be read (${(error as Error).message})`;
}
