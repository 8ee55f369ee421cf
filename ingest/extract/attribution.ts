// Step 4: reported speech. "..., Wang said." / "Lavrov said that ..." / "..., said the Chinese top
// diplomat." / "According to X, ...": who speaks, and which tokens carry what they said.
import { lexicon } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';
import { labelOf } from './turns.ts';

export interface Attribution {
  speaker?: Mention;
  /** Token range [start, end) of what is said (the whole sentence when nobody is quoted). */
  start: number;
  end: number;
}

const QUOTES = new Set(['"', '“', '”']);
const OPENERS = new Set([',', '“', '"', '”', ';', ':', '—', '–']);
const MAX_ADVERBS = 2;

export function attribute(tokens: readonly Token[], mentions: readonly Mention[]): Attribution {
  return (
    trailing(tokens, mentions) ??
    leading(tokens, mentions) ??
    accordingTo(tokens, mentions) ??
    quotationAfter(tokens, mentions) ?? { start: 0, end: tokens.length }
  );
}

/** The author of the message named at k: the actor after "by" or "from", no comma between. */
function authorOfMessage(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  k: number,
): Mention | undefined {
  for (let j = k; j < tokens.length && j <= k + MAX_MESSAGE && tokens[j]?.text !== ','; j++) {
    const word = tokens[j]?.lower;
    if (word === 'by' || word === 'from') return mentions.find((m) => m.start === j + 1 && m.ids.length > 0);
  }
  return undefined;
}

/**
 * Attribution across sentences: a quotation that runs over several sentences ("Haley wrote, "We must
 * ... . The Kurds were instrumental ... ."") keeps its speaker in the sentences that name none.
 */
export class Attributor {
  /** Inside a quotation at the end of the last sentence. */
  private inQuote = false;
  /** Who speaks the open quotation (resolved by the discourse step after it was attributed). */
  private quoteSpeaker: Mention | undefined;
  /** In a transcript, who has the floor: the person of the last label ("PRESIDENT MACRON:"). */
  private turn: Mention | undefined;

  constructor(private readonly registry: Registry) {}

  attribute(tokens: readonly Token[], mentions: readonly Mention[]): Attribution {
    const label = labelOf(tokens);
    if (label) {
      // "Q:" and labels that name nobody give the floor to someone unknown.
      const named = label.press ? undefined : this.labelled(tokens, mentions, label.end);
      this.turn = named;
      if (named) return this.attributed(tokens, { speaker: named, start: label.end + 1, end: tokens.length });
    }
    return this.attributed(tokens, attribute(tokens, mentions));
  }

  /**
   * The person a label names: a name found in it, else its last word as the surname of a person of the
   * document ("PRIME MINISTER TRUSS:" after the title named Liz Truss; a surname that is also a word
   * is not found as a name in capitals).
   */
  private labelled(tokens: readonly Token[], mentions: readonly Mention[], end: number): Mention | undefined {
    const isPerson = (id: string): boolean => this.registry.entities.get(id)?.kind === 'Person';
    const named = mentions.find((m) => m.end <= end && m.ids.some(isPerson));
    if (named || end < 2) return named;
    const met = this.registry.personBySurname(tokens[end - 1]?.lower ?? '');
    return met ? mention(end - 1, end, [met.id]) : undefined;
  }

  /** The sentence's own speaker, else the speaker of the quotation it is in, else the one with the floor. */
  private attributed(tokens: readonly Token[], own: Attribution): Attribution {
    // A quotation that opens the sentence right after a quoted one goes on in the same voice:
    // '"We support the plan," Wang said. "It is good for Asia."'
    const opens = QUOTES.has(tokens[0]?.text ?? '') && isSpeech(tokens, 1);
    const carried = (this.inQuote || opens ? this.quoteSpeaker : undefined) ?? this.turn;
    const marks = quotationMarks(tokens, this.inQuote);
    this.inQuote = marks.openAfter;
    const result =
      own.speaker || !carried
        ? own
        : { speaker: mention(0, 0, [...carried.ids]), start: own.start, end: own.end };
    const quoted = this.inQuote || marks.any;
    this.quoteSpeaker = quoted ? (own.speaker ?? carried) : undefined;
    return result;
  }
}

/**
 * The sentence's quotation marks, read in one pass (every sentence is asked both): whether it has any,
 * and whether a quotation is still open after it (straight quotes toggle, curly ones open or close).
 */
function quotationMarks(tokens: readonly Token[], open: boolean): { any: boolean; openAfter: boolean } {
  let inQuote = open;
  let any = false;
  for (const t of tokens) {
    if (t.text === '"') inQuote = !inQuote;
    else if (t.text === '“') inQuote = true;
    else if (t.text === '”') inQuote = false;
    else continue;
    any = true;
  }
  return { any, openAfter: inQuote };
}

/**
 * 'Parrilla, Cuba's foreign minister, responded via Twitter: "I reject ..."', 'Graham spoke on Fox News,
 * "This is ..."': a quotation opened after a colon or a comma that ends a clause with a verb, whose
 * subject (the sentence's first actor) speaks. The whole sentence is what is said: the clause before the
 * quotation may hold positions of its own.
 */
function quotationAfter(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  const speaker = mentions[0];
  if (!speaker || speaker.start > 2 || (speaker.ids.length === 0 && speaker.reference !== 'person'))
    return undefined;
  // A quotation that opens the sentence holds the first actor: "Russia lies," according to ...
  if (tokens.slice(0, speaker.start).some((t) => QUOTES.has(t.text))) return undefined;
  let verb = false;
  for (let k = speaker.end; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === '"' || t.text === '“') {
      const before = tokens[k - 1]?.text;
      const speech = verb && (before === ':' || before === ',') && isSpeech(tokens, k + 1);
      return speech ? { speaker, start: 0, end: tokens.length } : undefined;
    }
    verb ||= t.pos === 'VERB';
  }
  return undefined;
}

/**
 * Quoted speech from `from`: a clause with a verb that runs to the end of the sentence or beyond, not a
 * quoted phrase in apposition ('Russia attacked Ukraine, "a war crime," experts said').
 */
function isSpeech(tokens: readonly Token[], from: number): boolean {
  let verb = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (QUOTES.has(t.text)) return verb && tokens.slice(k + 1).every((w) => w.pos === 'PUNCT');
    verb ||= t.pos === 'VERB' || t.pos === 'AUX';
  }
  return verb;
}

/** Skips adverbs ("also", "further") between a speaker and the reporting verb. */
function reportingAt(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k; j <= k + MAX_ADVERBS; j++) {
    const match = lexicon.reporting.match(tokens, j);
    if (match) return j + match.length;
    if (tokens[j]?.pos !== 'ADV' && tokens[j]?.pos !== 'AUX') return undefined;
  }
  return undefined;
}

/** "..., Wang said." and "..., said the Chinese top diplomat." */
function trailing(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  for (let m = mentions.length - 1; m >= 0; m--) {
    const speaker = mentions[m];
    if (!speaker || speaker.start === 0) continue;
    const before = tokens[speaker.start - 1];
    if (before && OPENERS.has(before.text)) {
      const verbEnd = reportingAt(tokens, speaker.end);
      if (verbEnd !== undefined) return { speaker, start: 0, end: speaker.start - 1 };
    }
    // Inverted: ", said the Russian top diplomat"
    const verb = tokens[speaker.start - 1];
    const comma = tokens[speaker.start - 2];
    if (verb && comma && OPENERS.has(comma.text) && lexicon.reporting.has(tokens, speaker.start - 1)) {
      return { speaker, start: 0, end: speaker.start - 2 };
    }
  }
  return undefined;
}

/** "Lavrov said that ...", "He said Russia ...", "Wang Yi said at the Press Conference;" */
function leading(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  const speaker = mentions[0];
  if (!speaker || speaker.start > 2) return undefined;
  const verbEnd = reportingAt(tokens, speaker.end);
  if (verbEnd === undefined) return undefined;
  let start = verbEnd;
  while (tokens[start] && (tokens[start]?.lower === 'that' || OPENERS.has(tokens[start]?.text ?? '')))
    start++;
  return { speaker, start, end: tokens.length };
}

/** Words from "according to" to the author of a message at most: "a tweet on Monday by", "a statement released by". */
const MAX_MESSAGE = 6;

/** "According to X, ...", "..., according to a tweet on Monday by X", "according to a statement released by X's office" */
function accordingTo(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to') continue;
    const speaker = mentions.find((m) => m.start === k + 2) ?? authorOfMessage(tokens, mentions, k + 2);
    if (!speaker) return undefined;
    if (k === 0) {
      // "According to a statement released by Erdogan's office, ...": what is said starts after the comma.
      const comma = tokens.findIndex((t, j) => j >= speaker.end && t.text === ',');
      return { speaker, start: comma >= 0 ? comma + 1 : speaker.end, end: tokens.length };
    }
    return { speaker, start: 0, end: tokens[k - 1]?.text === ',' ? k - 1 : k };
  }
  return undefined;
}
