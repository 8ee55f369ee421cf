// The top of a text file: an optional title line and date line (in either order) before the body.
// Only the first few lines are looked at, so a huge single-line document costs nothing here.
import { parseDateLine } from './date.ts';

/** Longer first lines are paragraphs, not titles (the longest bench title has 341 characters). */
const MAX_TITLE_CHARS = 400;
/** A line ending like this is a sentence or a lead-in, not a title. */
const NOT_A_TITLE_END = /[.,;:]$/;

export interface Header {
  title?: string;
  date?: string;
  /** The text after the header: what extraction reads and what evidence offsets point into. */
  body: string;
}

/** Splits a title line and a date line off the top of `text`, when it has them and a body after them. */
export function splitHeader(text: string): Header {
  const header: Omit<Header, 'body'> = {};
  let pos = skipBlankLines(text, 0);
  for (let line = 0; line < 2; line++) {
    const end = lineEnd(text, pos);
    const current = text.slice(pos, end).trim();
    const next = skipBlankLines(text, end);
    const nextLine = text.slice(next, lineEnd(text, next));
    const date = header.date === undefined ? parseDateLine(current) : undefined;
    if (date !== undefined) {
      header.date = date;
    } else if (header.title === undefined && isTitle(current, text.slice(end, next), nextLine)) {
      header.title = current;
    } else break;
    pos = next;
  }
  const body = text.slice(pos);
  return /\S/.test(body) ? { ...header, body } : { body: text };
}

/** A title: short, not ending like a sentence, and set apart by a blank line or followed by a date. */
function isTitle(line: string, gap: string, nextLine: string): boolean {
  if (line === '' || line.length > MAX_TITLE_CHARS || NOT_A_TITLE_END.test(line)) return false;
  const blankLineFollows = (gap.match(/\n/g) ?? []).length >= 2;
  return blankLineFollows || parseDateLine(nextLine) !== undefined;
}

function lineEnd(text: string, pos: number): number {
  const end = text.indexOf('\n', pos);
  return end === -1 ? text.length : end;
}

/** Position of the first character of the first line at or after `pos` that is not blank. */
function skipBlankLines(text: string, pos: number): number {
  let start = pos;
  for (let i = pos; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') start = i + 1;
    else if (c !== ' ' && c !== '\t' && c !== '\r') return start;
  }
  return text.length;
}
