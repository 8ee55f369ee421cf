// Stable document ids: the same input gives the same id on every run and every machine.
import { createHash } from 'node:crypto';

/** Lower-case ASCII words joined by hyphens: `Wang Yi & Lavrov (Moscow)` -> `wang-yi-lavrov-moscow`. */
export function slugify(text: string): string {
  // Plain ASCII (most names) has no accents to fold: normalising it costs more than the rest.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a file from its path relative to the argument that named it (for a single file, its name):
 * extension dropped, each folder and the name slugified, joined by `/` (so `a/b-c` and `a-b/c` differ).
 */
export function fileDocumentId(relativePath: string): string {
  const segments = relativePath.split(/[\\/]+/).filter(Boolean);
  const last = segments.pop() ?? '';
  const stem = last.includes('.') ? last.slice(0, last.lastIndexOf('.')) : last;
  const slugs = [...segments, stem].map(slugify);
  return slugs.every(Boolean) ? slugs.join('/') : `file-${contentHash(relativePath)}`;
}

/** The id of a text read from standard input: a hash of its content. */
export function stdinDocumentId(text: string | Uint8Array): string {
  return `stdin-${contentHash(text)}`;
}

function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The id of a document known by its address: host (without `www.`), path and query, each part slugified
 * and joined by `/`, so `https://www.example.org/news/2022/talks?id=3` -> `example-org/news/2022/talks/id-3`.
 * The same page fetched directly or met as a feed item gets the same id.
 */
export function urlDocumentId(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `url-${contentHash(url)}`;
  }
  const parts = [parsed.hostname.replace(/^www\./, ''), ...parsed.pathname.split('/'), parsed.search];
  const slugs = parts.map(slugify).filter(Boolean);
  return slugs.length > 0 ? slugs.join('/') : `url-${contentHash(url)}`;
}
