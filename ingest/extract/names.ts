// What a name looks like in tokens: capitalisation, acronyms, personal names with initials and suffixes,
// head nouns that give an unknown name its kind ("... Commission" is an Organization).
import names from '../lexicon/names.json' with { type: 'json' };
import type { EntityKind } from '../model.ts';
import { lexicon, phrases } from './lexicon.ts';
import type { Token } from './sentences.ts';

export const HEADS = new Map<string, EntityKind>();
/** Nouns and titles of people, in lower case: the head of "Head of Cabinet" is no organisation. */
const PERSON_NOUNS = new Set([...names.personTitles, ...names.personNouns].map((w) => w.toLowerCase()));
for (const kind of ['Organization', 'Initiative', 'Place'] as const) {
  for (const word of names[kind]) HEADS.set(word, kind);
}

export const IGNORED = new Set(names.ignore);

export const CONNECTORS = new Set(names.connectors);

export const SUFFIXES = new Set(names.personSuffixes);

/** Nouns before a name that make it an organisation ("airline", "think tank"). */
export const ORGANIZATION_CLASSIFIERS = phrases(
  // "state-owned" is three tokens: the hyphen is one of its own.
  names.organizationClassifiers.map((words) => words.replace(/-/g, ' - ')),
);

/** Words that open or qualify a title ("Deputy", "Energy", "Majority"): never a state's name before it. */
export const TITLE_WORDS = new Set(names.titleWords);

/** Words before a title that say the office is no longer held ("former", "ex-"). */
export const FORMER = new Set(names.formerWords);

/** The possessive marker, a token of its own ("China", "’s"). */
export const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

export const HYPHENS = new Set(['-', '–', '‐', '‑']);

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && capitalised(t.text);

/** Starts with a capital letter ("Xi", "Ürümqi"); asked at many words, so ASCII is settled without a pattern. */
export function startsUpper(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(text);
}

/** Starts with a capital or a digit and holds a letter ("Xi", "G7", "Ürümqi"; not "1990" or "the"). */
function capitalised(text: string): boolean {
  // Asked of every token, several times: plain ASCII words are settled without a pattern.
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128 && (first < 48 || first > 57)) return false;
  return /^[\p{Lu}\d]/u.test(text) && /\p{L}/u.test(text);
}

/** Capitals, digits, ".", "&" and "-" only, two capitals at least: "CDC", "U.S.C.", "COVID-19" (not "G7"). */
export const isAcronym = (text: string): boolean => {
  // Most words have a lower-case second letter: settled without a pattern.
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  // The others ("THEREFORE", "H.R.", ","), in ASCII, are settled by their characters; the rest by patterns.
  let capitals = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 128) return /^[\p{Lu}\d.&-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
    else if (!((c >= 48 && c <= 57) || c === 46 || c === 38 || c === 45)) return false;
  }
  return capitals >= 2;
};

/** Lower-case words inside a personal name: "van Klaveren", "bin Salman", "al-Assad". */
export const PARTICLES = new Set(names.particles);

/** Words of a name at most, particles not counted: "Abdrabbuh Mansur Hadi", "Monsenor Jorge Eduardo Scheinig". */
const MAX_NAME_WORDS = 4;

/** A word that can be part of a personal name. */
export function isNameWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    isCapitalised(t) &&
    !IGNORED.has(t.lower) &&
    !HEADS.has(t.lower) &&
    !isAcronym(t.text) &&
    !isVerbCue(t)
  );
}

/**
 * End of a personal name starting at j: capitalised words, hyphenated parts ("Abdul-Mahdi", "Jean-Yves"),
 * particles between them ("Alberto van Klaveren", "Abu Mahdi al-Muhandis"), initials, and ", Jr." style
 * suffixes. A surname of several words stays whole.
 */
export function personNameEnd(tokens: readonly Token[], j: number): number {
  let end = j;
  let words = 0;
  while (words < MAX_NAME_WORDS) {
    const t = tokens[end];
    if (isNameWord(t)) {
      end++;
      words++;
      while (joinsWords(tokens, end) && isNameWord(tokens[end + 1])) end += 2;
      continue;
    }
    if (words === 0 || !t || !PARTICLES.has(t.text)) break;
    const next = joinsWords(tokens, end + 1) ? end + 2 : end + 1;
    if (!isNameWord(tokens[next])) break;
    end = next;
  }
  if (end > j && tokens[end]?.text === ',' && SUFFIXES.has(tokens[end + 1]?.lower ?? '')) end += 2;
  return end;
}

/** "(UAE)" right after a name defines its acronym. */
export function acronymAfter(
  tokens: readonly Token[],
  end: number,
): { text: string; end: number } | undefined {
  const inner = tokens[end + 1];
  if (tokens[end]?.text === '(' && inner && isAcronym(inner.text) && tokens[end + 2]?.text === ')') {
    return { text: inner.text, end: end + 3 };
  }
  return undefined;
}

export function initials(span: readonly Token[]): string {
  return span
    .filter((t) => !CONNECTORS.has(t.lower) && !HYPHENS.has(t.text))
    .map((t) => t.text[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The kind its head noun gives a name: the last word before the first "of"/"on"/"for" ("Ministry of
 * Foreign Affairs", "Law of the Sea"), else the last word ("Cinema for Peace Foundation").
 */
/**
 * Whether an acronym stands for the words of a span: its capitals are their initials ("RIAA" for
 * "Recording Industry Association of America", "CRSV" for "conflict-related sexual violence"), or a part
 * of them that keeps the first ("IRGC" for "Islamic Revolutionary Guard Corps").
 */
export function standsFor(acronym: string, span: readonly Token[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const words = initials(span);
  if (letters.length < 2 || words[0] !== letters[0]) return false;
  let k = 0;
  for (const c of words) if (c === letters[k]) k++;
  return k === letters.length && words.length - letters.length <= 1;
}

export function headKind(span: readonly Token[]): EntityKind | undefined {
  const head = headWord(span);
  return head === undefined ? undefined : HEADS.get(head);
}

/** The head noun of a name, lower case, when it is one of the heads: what "the commission" refers back to. */
export function headWord(span: readonly Token[]): string | undefined {
  const connector = span.findIndex(
    (t, k) => k > 0 && (t.lower === 'of' || t.lower === 'on' || t.lower === 'for' || t.lower === 'in'),
  );
  const before = connector > 0 ? (span[connector - 1]?.lower ?? '') : undefined;
  if (before !== undefined && HEADS.has(before)) return before;
  // "Head of Cabinet", "Chairman of the Board": a person heads the phrase, whatever follows.
  if (before !== undefined && PERSON_NOUNS.has(before)) return undefined;
  const last = span[span.length - 1]?.lower;
  return last !== undefined && HEADS.has(last) ? last : undefined;
}

/** A hyphen at k written between two words, without spaces: "EU-Japan", "Kurdish-led". */
export function joinsWords(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    hyphen !== undefined &&
    before !== undefined &&
    after !== undefined &&
    HYPHENS.has(hyphen.text) &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}

/**
 * The words from `start` to `end` join two names of a list: ",", "and" or ", and" ("Daimler, and
 * Siemens"). Asked at many capitalised words, so settled without joining the words into a string.
 */
export function listJoins(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start]?.lower;
  if (end - start === 1) return first === ',' || first === 'and';
  return end - start === 2 && first === ',' && tokens[start + 1]?.lower === 'and';
}

export function spanText(span: readonly Token[]): string {
  const first = span[0];
  if (!first) return '';
  let text = first.text;
  for (let k = 1; k < span.length; k++) {
    const prev = span[k - 1];
    const t = span[k];
    if (!prev || !t) continue;
    text += (t.start > prev.end ? ' ' : '') + t.text;
  }
  return text;
}

export const isVerbCue = (t: Token): boolean =>
  t.pos === 'VERB' && (lexicon.verbs.has([t], 0) || lexicon.reporting.has([t], 0));
