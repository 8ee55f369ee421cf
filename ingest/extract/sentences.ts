// Step 1: text to sentences of tokens, with character offsets into the document text.
import { LemmaMemory } from './lemmas.ts';
import { freshReader } from './wink.ts';

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

/**
 * The wink-nlp steps extraction reads: sentence boundaries and part-of-speech tags (tokens and lemmas come
 * with any pipe). Negation, sentiment and named entities go unused; leaving them out reads text about a
 * quarter faster, with the same tokens, tags, lemmas and sentences (compared on 2 million tokens of the
 * benchmark corpus).
 */
export const WINK_PIPE = ['sbd', 'pos'];
const nlp = freshReader(WINK_PIPE);
const its = nlp.its;
const lemmaMemory = new LemmaMemory(nlp);

/**
 * Text is read by wink-nlp a window at a time so memory stays bounded on huge inputs. A window ends at a
 * paragraph break after WINDOW characters, or, in text without one, at the first sentence end after it.
 * Reading whole windows (not paragraph by paragraph) keeps wink-nlp's per-call cost low; sentences are
 * then also cut at blank lines, so a heading without a full stop never runs into the next paragraph.
 */
const WINDOW = 20_000;
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;
const SENTENCE_END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[A-Z0-9])/g;
/** A line holding only a date: metadata, never part of a sentence. */
const DATELINE = /^[^\S\n]*(?:date:[^\S\n]*)?(?:\d{4}-\d\d-\d\d|[A-Z][a-z]+\.? \d{1,2}, \d{4})[^\S\n]*$/gim;

export function* blocks(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > WINDOW) {
      PARAGRAPH_BREAK.lastIndex = start + WINDOW;
      SENTENCE_END.lastIndex = start + WINDOW;
      const paragraph = PARAGRAPH_BREAK.exec(text);
      const sentence =
        paragraph && paragraph.index < start + 2 * WINDOW ? undefined : SENTENCE_END.exec(text);
      const cut = paragraph && !sentence ? paragraph : sentence;
      end = cut && cut.index < start + 2 * WINDOW ? cut.index + cut[0].length : start + 2 * WINDOW;
    }
    yield { start, end };
    start = end;
  }
}

/**
 * Whitespace that wink-nlp drops without counting it among the spaces before the next token (every \s
 * character was tried), which would shift the offsets of every later token of the window.
 */
const UNCOUNTED_SPACE = /[\v\f\u1680\u2000\u2001\u2006-\u2008\u2028\u2029\u3000\ufeff]/g;

/**
 * The window as wink-nlp reads it, of the same length so offsets stay: datelines blanked out and made
 * paragraph breaks, whitespace wink-nlp would not count made plain spaces.
 */
function prepared(text: string): string {
  return text.replace(DATELINE, (line) => '\n'.padEnd(line.length, ' ')).replace(UNCOUNTED_SPACE, ' ');
}

/** Tokens of one window, whitespace dropped, grouped by wink-nlp's sentences and cut at blank lines. */
function readBlock(source: string, offset: number): Token[][] {
  const text = prepared(source);
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  // Each token's index among wink-nlp's words, which gives both its word (as its.value reads it) and a
  // cheap key for its lemma.
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const words = nlp.words();
  const values = ids.map((id) => words[id] ?? '');
  const spaces = tokens.out(its.precedingSpaces);
  const pos = tokens.out(its.pos);
  const lemmas = lemmaMemory.of(tokens, ids, values, pos);
  // The tokens we keep, and for each wink-nlp token the index of its first kept token: a line break
  // (wink-nlp's only whitespace token) keeps none, a split-off possessive two.
  const kept: Token[] = [];
  const firstKept: number[] = [];
  // wink-nlp tokens read as the end of the word before (a sentence wink-nlp starts at one is no sentence).
  const absorbed = new Set<number>();
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    firstKept.push(kept.length);
    let value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    const start = offset + at;
    at += value.length;
    if (isBlank(value)) continue;
    let tag = pos[i] ?? 'X';
    let lemma = lemmas[i] ?? value;
    // wink-nlp cuts words at letters beyond Latin-1 ("Erdo", "ğ", "an"): the pieces are one word again.
    while (i + 1 < values.length && spaces[i + 1] === '' && continuesWord(value, values[i + 1] ?? '')) {
      value += values[++i] ?? '';
      absorbed.add(i);
      firstKept.push(kept.length);
      at = start - offset + value.length;
      lemma = value;
      tag = 'X';
    }
    // "Japan-U.S.": after a hyphen wink-nlp cuts an abbreviation ("U", ".", "S.") and ends a sentence
    // inside it; the pieces are one name again.
    if (isAbbreviationCut(values, spaces, i)) {
      value += `${values[i + 1] ?? ''}${values[i + 2] ?? ''}`;
      for (const piece of [++i, ++i]) {
        absorbed.add(piece);
        firstKept.push(kept.length);
      }
      at = start - offset + value.length;
      lemma = value;
      tag = 'PROPN';
    }
    if (tag === 'X' && /^\p{Lu}/u.test(value)) tag = 'PROPN';
    const glued = gluedWords(value);
    if (glued) {
      const [name, word] = glued;
      kept.push(token(name, name.toLowerCase(), 'PROPN', name.toLowerCase(), start));
      kept.push(token(word, word.toLowerCase(), 'ADP', word.toLowerCase(), start + name.length));
      continue;
    }
    // "#US", "#Cuba": the mark of a hashtag is no part of the word, which names what it names.
    if (value.charCodeAt(0) === 35 /* # */ && HASHTAG.test(value)) {
      const word = value.slice(1);
      const wordTag = /^\p{Lu}/u.test(word) ? 'PROPN' : 'NOUN';
      keep(kept, token(word, word.toLowerCase(), wordTag, word.toLowerCase(), start + 1));
      continue;
    }
    const lower = value.toLowerCase();
    keep(kept, token(value, lower, tag, lemma === value ? lower : lemma, start));
  }
  firstKept.push(kept.length);
  retagVerbs(kept);
  const result: Token[][] = [];
  // The first line break at or after the end of the token before: most tokens have none before them, and
  // the text is searched for it again only once it is passed.
  let newline = -1;
  // The spans of all sentences in one call: wink-nlp's `each` makes an item of a dozen closures per sentence.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    // A sentence wink-nlp starts inside a word goes on with the one before.
    let words: Token[] = (absorbed.has(first) ? result.pop() : undefined) ?? [];
    for (let k = firstKept[first] ?? 0; k < (firstKept[last + 1] ?? 0); k++) {
      const t = kept[k] as Token;
      const prev = words[words.length - 1];
      if (prev && newline < prev.end - offset) {
        newline = text.indexOf('\n', prev.end - offset);
        if (newline < 0) newline = Infinity;
      }
      if (prev && newline < t.start - offset && isParagraphBreak(text, newline, t.start - offset)) {
        result.push(words);
        words = [];
      }
      words.push(t);
    }
    if (words.length > 0) result.push(words);
  }
  return result;
}

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const ABBREVIATION_END = /^(?:\p{Lu}\.)+$/u;

/** A capital, a full stop and more capitals with full stops, written together ("U", ".", "S."). */
function isAbbreviationCut(values: readonly string[], spaces: readonly string[], i: number): boolean {
  return (
    values[i + 1] === '.' &&
    spaces[i + 1] === '' &&
    spaces[i + 2] === '' &&
    SINGLE_CAPITAL.test(values[i] ?? '') &&
    ABBREVIATION_END.test(values[i + 2] ?? '')
  );
}

/** A run of line breaks or tabs (wink-nlp's whitespace tokens), or nothing. */
function isBlank(value: string): boolean {
  // Asked of every token: one that starts with a character that is no whitespace needs no other look.
  const c = value.charCodeAt(0);
  return !(c > 32 && c !== 0xa0 && c < 0x1680) && value.trim() === '';
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
const HASHTAG = /^#\p{L}[\p{L}\p{M}\p{N}_]*$/u;
const BEYOND_LATIN1 = /[\u0100-\u{10ffff}]/u;

/** Two letter pieces written together, one of them beyond Latin-1: wink-nlp's cut inside a word. */
function continuesWord(piece: string, next: string): boolean {
  // The next piece first: it is mostly punctuation, which fails at its first character.
  return LETTERS.test(next) && LETTERS.test(piece) && (BEYOND_LATIN1.test(piece) || BEYOND_LATIN1.test(next));
}

const GLUED = /^(\p{Lu}\p{Ll}{2,})(And|Before|After|Aboard|Of|On|At|In|To|For|With|From|The)$/u;

/**
 * A name run into the next word of a heading by a missing space ("President BidenAnd Prime Minister
 * Mitsotakis of GreeceBefore Bilateral Meeting"): the two words, else undefined.
 */
function gluedWords(value: string): [string, string] | undefined {
  // Asked of every token: most are not capitalised, or too short to hold two words.
  const first = value.charCodeAt(0);
  if (value.length < 5 || first < 65 || first > 90) return undefined;
  // The glued word's capital is among the last six letters: most words have none there.
  let capital = false;
  for (let k = Math.max(3, value.length - 6); k < value.length - 1 && !capital; k++) {
    const c = value.charCodeAt(k);
    capital = c >= 65 && c <= 90;
  }
  if (!capital) return undefined;
  const m = GLUED.exec(value);
  return m?.[1] && m[2] ? [m[1], m[2]] : undefined;
}

const POSSESSIVE = /^(.+?)(['’]s)$/i;

/**
 * Keeps a token, "Lady’s" as two, "Lady" and "’s", always: wink-nlp splits the possessive or not
 * depending on the words it has seen before in the process, and extraction must not depend on what it
 * read earlier.
 */
function keep(kept: Token[], whole: Token): void {
  // Most tokens end in no "s": one comparison instead of the pattern.
  const last = whole.lower.charCodeAt(whole.lower.length - 1);
  const m = last === 115 /* s */ ? POSSESSIVE.exec(whole.text) : null;
  if (!m?.[1] || !m[2]) {
    kept.push(whole);
    return;
  }
  const word = m[1].toLowerCase();
  const suffix = m[2].toLowerCase();
  kept.push(
    token(m[1], word, whole.pos, word, whole.start),
    token(m[2], suffix, 'PART', suffix, whole.start + m[1].length),
  );
}

/**
 * Nouns the tagger took for a compound's head that are verbs: "as those nations work to defend" (a
 * singular noun right after a plural one and before "to" and a base verb; a compound's first noun is
 * rarely plural), "help Ukraine combat Russian aggression" (a base noun after "help" and a name, before
 * the modifier or determiner of its own object: the bare infinitive "help" takes).
 */
function retagVerbs(tokens: Token[]): void {
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    // Asked of every token: most are no noun, and need no other look.
    if (t.pos !== 'NOUN' || t.lemma !== t.lower || t.lower.endsWith('s')) continue;
    if (isInfinitiveBeforeTo(tokens, k) || isInfinitiveAfterHelp(tokens, k)) t.pos = 'VERB';
  }
}

function isInfinitiveBeforeTo(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1] as Token;
  const verb = tokens[k + 2];
  return (
    before.pos === 'NOUN' &&
    before.lemma !== before.lower &&
    tokens[k + 1]?.lower === 'to' &&
    verb?.pos === 'VERB' &&
    verb.lemma === verb.lower
  );
}

const OBJECT_OPENERS = new Set(['ADJ', 'DET', 'PRON', 'PROPN']);

function isInfinitiveAfterHelp(tokens: readonly Token[], k: number): boolean {
  if (!OBJECT_OPENERS.has(tokens[k + 1]?.pos ?? '')) return false;
  let j = k - 1;
  while (j > 0 && tokens[j]?.pos === 'PROPN') j--;
  return j < k - 1 && tokens[j]?.lemma === 'help';
}

/** Every token is made here, so that all have one object shape (V8 optimises for the shapes it has seen). */
function token(text: string, lower: string, pos: string, lemma: string, start: number): Token {
  return { text, lower, pos, lemma, start, end: start + text.length };
}

/** A blank line between the line break at `newline` and `to`. */
function isParagraphBreak(text: string, newline: number, to: number): boolean {
  return /\n[^\S\n]*\n/.test(text.slice(newline, to));
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
