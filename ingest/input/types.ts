// What the readers produce: documents, and problems as values that flow next to them so that one bad
// input never stops a run.
import type { SourceDocument } from '../model.ts';

/** The formats we read. */
export const INPUT_FORMATS = ['text', 'markdown', 'jsonl', 'html', 'pdf', 'feed', 'csv', 'tsv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export interface InputDocument {
  kind: 'document';
  doc: SourceDocument;
  /** Input bytes this document came from (file size, or JSONL line with its newline): for progress. */
  bytes: number;
}

/** An input that could not be read: the run goes on, and exits non-zero at the end. */
export interface InputError {
  kind: 'error';
  /** The path, URL or `stdin` it came from. */
  origin: string;
  /** 1-based line for JSONL and CSV inputs (a CSV row: the line it starts on). */
  line?: number;
  message: string;
  bytes: number;
}

/** A file left out on purpose (unknown extension inside a folder): reported, not a failure. */
export interface InputSkip {
  kind: 'skipped';
  origin: string;
  message: string;
}

export type InputItem = InputDocument | InputError | InputSkip;

/** `origin:line: message`, as compilers print it. */
export function describeProblem(item: InputError | InputSkip): string {
  const where =
    item.kind === 'error' && item.line !== undefined ? `${item.origin}:${item.line}` : item.origin;
  return `${where}: ${item.message}`;
}
