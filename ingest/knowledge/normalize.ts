// Turns word tokens (as wink-nlp produces them) and the names in our data files into the same keys, so
// that "U.S." and "US", "Côte d’Ivoire" and "Cote d'Ivoire", "Belt & Road" and "Belt and Road",
// "Secretary-General" and "Secretary General", "Xi's" and "Xi 's" meet in one trie path.

/** One piece of a token as the tries see it. */
export interface Part {
  /** Lower case, accents folded, periods dropped: the key of case-insensitive edges. */
  ci: string;
  /** Same but in the original case: the key of exact-case edges (acronyms such as "US", "WHO"). */
  cs: string;
  /** `cs` has a capital past its first letter: only such a part can take an exact-case edge. */
  exact: boolean;
}

/** What a token contributes: its parts (none for hyphens and quotes, which are skipped inside names). */
export interface TokenKeys {
  parts: readonly Part[];
  /** The token has an upper-case letter: names written all in lower case ("china", "turkey") are not names. */
  upper: boolean;
}

/** The possessive ending, split off so "Kremlin's" and "Kremlin 's" both end a match on "Kremlin". */
export const POSSESSIVE = "'s";

const SKIPPED = new Set(['-', '–', '—', '‐', '‑', '"', '“', '”', '«', '»', "'", '‘', '’']);
const NONE: TokenKeys = { parts: [], upper: false };
const cache = new Map<string, TokenKeys>();
const CACHE_LIMIT = 100_000;

/** Keys of one token; memoised because every trie looks at every token. */
export function keysOf(token: string): TokenKeys {
  let keys = cache.get(token);
  if (keys === undefined) {
    keys = computeKeys(token);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, keys);
  }
  return keys;
}

/** The tokens array asked about last (a sentence's, as a rule) and its keys so far, by index. */
let lastTokens: readonly string[] = [];
let lastKeys: TokenKeys[] = [];

/**
 * Keys of tokens[j]: every trie asks about the same tokens of a sentence, so the keys of the last array
 * asked about are kept by index, a cheaper look-up than by the token's text (and no weak table for the
 * garbage collector to sweep). Keys depend on the text alone and token arrays are read-only, so nothing
 * carries over from one sentence or document to the next.
 */
export function keysAt(tokens: readonly string[], j: number): TokenKeys {
  if (tokens !== lastTokens) {
    lastTokens = tokens;
    lastKeys = [];
  }
  return (lastKeys[j] ??= keysOf(tokens[j] ?? ''));
}

function computeKeys(token: string): TokenKeys {
  // Line breaks (wink-nlp's tabCRLF tokens) may fall inside a name, as hyphens and quotes may.
  if (SKIPPED.has(token) || token.trim() === '') return NONE;
  let text = token;
  if (!isAscii(text)) {
    text = text
      .replace(/[’‘ʼ`]/g, "'")
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
  }
  const parts: Part[] = [];
  let possessive = false;
  if (text.length > 2 && (text.endsWith("'s") || text.endsWith("'S"))) {
    text = text.slice(0, -2);
    possessive = true;
  } else if (text.length > 2 && text.endsWith("s'")) {
    // "Workers'" as wink-nlp writes "Workers" and a quote, which is skipped.
    text = text.slice(0, -1);
  }
  for (const piece of text.split(/[-–—‐‑]/)) {
    const cs = piece === '&' ? 'and' : /[\p{L}\p{N}]/u.test(piece) ? piece.replace(/\./g, '') : piece;
    if (cs !== '') parts.push({ ci: cs.toLowerCase(), cs, exact: isExactCase(cs) });
  }
  if (possessive) parts.push({ ci: POSSESSIVE, cs: POSSESSIVE, exact: false });
  return { parts, upper: text !== text.toLowerCase() };
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * An acronym or other form with a capital past its first letter ("US", "WHO", "U.N.", "LeT", "AfDB"):
 * matched in exactly this case, so that "us", "who" and "let" stay words.
 */
function isExactCase(cs: string): boolean {
  const rest = cs.slice(1);
  return rest !== rest.toLowerCase();
}

const OPENING = new Set(['(', '[', '"', '“']);
const CLOSING = new Set([')', ']', '"', '”', ',', ';', ':', '!', '?']);

/** Splits a name from a data file into tokens roughly as wink-nlp would, for keysOf. */
export function tokenizeName(name: string): string[] {
  const tokens: string[] = [];
  for (const chunk of name.trim().split(/\s+/)) {
    let start = 0;
    let end = chunk.length;
    while (start < end && OPENING.has(chunk.charAt(start))) tokens.push(chunk.charAt(start++));
    while (end > start && CLOSING.has(chunk.charAt(end - 1))) end--;
    const word = chunk.slice(start, end);
    // "OPEC+" and "P5+1" come as "OPEC", "+" and "P5", "+1".
    if (word !== '') tokens.push(...(word.includes('+') ? word.split(/(?=\+)/) : [word]));
    for (let i = end; i < chunk.length; i++) tokens.push(chunk.charAt(i));
  }
  return tokens;
}

/** The Arabic article of a surname, which English writes or leaves out ("al-Kadhimi", "Kadhimi"). */
const ARTICLE = /^(?:al|el)[-‐‑](?=\p{L})/iu;

/** The lower-case forms a surname is used by alone: "al-Assad" by "al-assad" and "assad". */
export function surnameForms(surname: string): string[] {
  const lower = surname.toLowerCase();
  const bare = lower.replace(ARTICLE, '');
  return bare === lower ? [lower] : [lower, bare];
}
