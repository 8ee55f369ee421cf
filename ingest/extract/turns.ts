// Turns of a transcript ("THE PRESIDENT: ...", "Q ..."): who has the floor. The one reader of a turn's
// label, for the speaker (attribution.ts) and for the press: a reporter's question, and whatever else the
// press says in its turn, states no position of anyone in the room.
import type { Sentence, Token } from './sentences.ts';

export interface Label {
  /** The label's tokens are [0, end); what is said starts after its colon. */
  end: number;
  /** "Q" or "Q:": the press's turn. */
  press: boolean;
}

/** Longest label of a transcript's turn, in words: "THE VICE PRESIDENT:", "PRIME MINISTER KISHIDA:". */
const MAX_LABEL = 6;
/** A word of a label: capitals, with a full stop, an apostrophe or a hyphen ("MS.", "O’BRIEN", "JEAN-PIERRE"). */
const LABEL_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]*$|^[-‐‑–]$/u;

/** The label opening a sentence: "PRESIDENT MACRON:", "MS. JEAN-PIERRE:", "Q:", "Q Will you go?". */
export function labelOf(tokens: readonly Token[]): Label | undefined {
  const first = tokens[0];
  if (first?.text === 'Q' && tokens[1] && (tokens[1].text === ':' || tokens[1].start > first.end))
    return { end: tokens[1].text === ':' ? 1 : 0, press: true };
  for (let k = 0; k < MAX_LABEL && k < tokens.length; k++) {
    if (k > 0 && tokens[k]?.text === ':') return { end: k, press: false };
    if (!isLabelWord(tokens[k]?.text ?? '')) return undefined;
  }
  return undefined;
}

function isLabelWord(text: string): boolean {
  // Asked of the first word of every sentence, which mostly goes on in lower case ("The"): no label.
  const second = text.charCodeAt(1);
  return !(second >= 97 /* a */ && second <= 122) /* z */ && LABEL_WORD.test(text);
}

export class Turns {
  private press = false;
  private end = 0;

  /** Whether `sentence` of `text` is said in a turn of the press. Sentences come in order. */
  isPress(sentence: Sentence, text: string): boolean {
    const opensParagraph = sentence.index === 0 || hasNewline(text, this.end, sentence.start);
    this.end = sentence.end;
    const label = opensParagraph ? labelOf(sentence.tokens) : undefined;
    if (label) this.press = label.press;
    return this.press;
  }
}

/** A line break in text[from, to): the gap between two sentences, read in place instead of as a copy. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
