// Step 1: text to sentences of tokens, with character offsets into the document text.
import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** Lemma from wink-nlp, lower case ("said" -> "say"). */
  lemma: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Blocks are read by wink-nlp one at a time so memory stays bounded on huge inputs. A block ends at a
 * blank line (a paragraph: headings without a full stop must not run into the next paragraph), or, in
 * text without blank lines, at the first sentence end after WINDOW characters.
 */
const WINDOW = 20_000;
// A blank line, or a line holding only a date (a dateline is metadata, never part of a sentence).
const BLANK_LINE =
  /\n[^\S\n]*\n|^[^\S\n]*(?:date:[^\S\n]*)?(?:\d{4}-\d\d-\d\d|[A-Z][a-z]+\.? \d{1,2}, \d{4})[^\S\n]*$/gim;
const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;

export function* blocks(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  BLANK_LINE.lastIndex = 0;
  for (;;) {
    const blank = BLANK_LINE.exec(text);
    const paraEnd = blank ? blank.index : text.length;
    while (paraEnd - start > WINDOW) {
      SENTENCE_END.lastIndex = start + WINDOW;
      const cut = SENTENCE_END.exec(text);
      const end =
        cut && cut.index < paraEnd ? cut.index + cut[0].length : Math.min(paraEnd, start + WINDOW * 2);
      yield { start, end };
      start = end;
    }
    if (/\S/.test(text.slice(start, paraEnd))) yield { start, end: paraEnd };
    if (!blank) return;
    start = blank.index + blank[0].length;
  }
}

/** Tokens of one block, whitespace dropped, grouped by wink-nlp's sentences. */
function readBlock(text: string, offset: number): Token[][] {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out();
  const spaces = tokens.out(its.precedingSpaces);
  const types = tokens.out(its.type);
  const pos = tokens.out(its.pos);
  // The typings of wink-nlp do not list lemma as a token property, though the model provides it.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>);
  const flat: (Token | null)[] = [];
  let at = offset;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    flat.push(
      types[i] === 'tabCRLF'
        ? null
        : {
            text: value,
            lower: value.toLowerCase(),
            pos: pos[i] ?? 'X',
            lemma: (lemmas[i] ?? value).toLowerCase(),
            start: at,
            end: at + value.length,
          },
    );
    at += value.length;
  }
  const result: Token[][] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const words = flat.slice(first, last + 1).filter((t): t is Token => t !== null);
    if (words.length > 0) result.push(words);
  });
  return result;
}

/** Splits a document into sentences with tokens; offsets are UTF-16 positions in `text`. */
export function* sentences(text: string): Generator<Sentence> {
  let index = 0;
  for (const block of blocks(text)) {
    for (const tokens of readBlock(text.slice(block.start, block.end), block.start)) {
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (!first || !last) continue;
      yield {
        index: index++,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        tokens,
      };
    }
  }
}
