// One text or Markdown input (a file, or standard input) to one document.
import type { SourceDocument } from '../model.ts';
import { normalizeDate } from './date.ts';
import { binaryReason, decodeUtf8, invalidUtf8Message } from './decode.ts';
import { splitHeader } from './header.ts';
import { stdinDocumentId } from './id.ts';
import { splitFrontMatter, stripMarkdown } from './markdown.ts';
import type { InputItem } from './types.ts';

export interface TextSource {
  origin: string;
  /** The document id, or undefined to derive it from the content (standard input). */
  id: string | undefined;
  markdown: boolean;
  /** The address it was fetched from. */
  url?: string;
}

/** Reads one document from the bytes of a `.txt` or `.md` input, or says why it cannot. */
export function textDocument(bytes: Uint8Array, source: TextSource): InputItem {
  const { origin } = source;
  const error = (message: string): InputItem => ({ kind: 'error', origin, message, bytes: bytes.length });
  if (bytes.length === 0) return error('is empty; nothing to read');
  const binary = binaryReason(bytes);
  if (binary !== undefined) return error(binary);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return error(`${invalidUtf8Message(decoded.offset)} (line ${lineAt(bytes, decoded.offset)})`);
  }
  // Copied only when needed: a copy of a huge document is a lot of memory for nothing.
  let text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  let meta: { title?: string; date?: string } = {};
  if (source.markdown) {
    const { fields, rest } = splitFrontMatter(text);
    const date = fields.date === undefined ? undefined : normalizeDate(fields.date);
    meta = { ...(fields.title && { title: fields.title }), ...(date && { date }) };
    text = stripMarkdown(rest);
  }
  const { body, ...header } = splitHeader(text);
  if (!/\S/.test(body)) return error('has no text (only whitespace or markup)');
  const doc: SourceDocument = {
    id: source.id ?? stdinDocumentId(decoded.text),
    ...header,
    ...meta,
    ...(source.url !== undefined && { url: source.url }),
    origin,
    text: body,
  };
  return { kind: 'document', doc, bytes: bytes.length };
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}
