// What format an input is in when no file extension says it: from a server's Content-Type, else from
// the first bytes (as browsers sniff), else from the extension in the address.
import { extname } from 'node:path';
import { FORMATS } from './plan.ts';
import type { InputFormat } from './types.ts';

/** Media types (without parameters) and the format they are read as. */
const MEDIA_TYPES: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/markdown': 'markdown',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/plain': 'text',
};
/** Media types that say nothing about the content. */
const UNTYPED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download']);

/** The format of a fetched body, or undefined when it is none we read (an image, a video, ...). */
export function fetchedFormat(
  contentType: string | undefined,
  url: string,
  bytes: Uint8Array,
): InputFormat | undefined {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const typed = MEDIA_TYPES[mediaType];
  // Servers often send feeds and pages as text/plain: the bytes have the last word there.
  if (typed !== undefined && typed !== 'text') return typed;
  if (typed === 'text' || UNTYPED.has(mediaType)) {
    return sniffFormat(bytes) ?? FORMATS[extname(new URL(url).pathname).toLowerCase()] ?? 'text';
  }
  // Feeds come under many other XML types too (application/x-rss+xml, text/atom+xml, ...).
  if (/[/+]xml$/.test(mediaType)) return sniffFormat(bytes) ?? 'feed';
  return undefined;
}

/** How many first bytes `sniffFormat` looks at. */
export const SNIFF_HEAD_BYTES = 1024;

/** The format the first bytes show (a PDF, a feed, a web page, JSON lines), or undefined. */
export function sniffFormat(bytes: Uint8Array): InputFormat | undefined {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, SNIFF_HEAD_BYTES))
    .replace(/^\ufeff|^ï»¿/, '');
  if (head.startsWith('%PDF-')) return 'pdf';
  // Past white space, an XML declaration, comments and a doctype, to the first element.
  const start = head.replace(/^(?:\s+|<\?xml[^>]*>|<!--[^]*?-->|<!doctype[^>]*>)*/i, '');
  if (/^<(?:rss|feed|rdf:rdf)\b/i.test(start)) return 'feed';
  if (/^<(?:html|head|body|meta|title)\b/i.test(start) || /^<!doctype html\b/i.test(head.trimStart())) {
    return 'html';
  }
  if (start.startsWith('{')) return 'jsonl';
  return undefined;
}
