// The word lists of ingest/lexicon/ as fast phrase matchers over tokens.
import stance from '../lexicon/stance.json' with { type: 'json' };
import discourse from '../lexicon/discourse.json' with { type: 'json' };
import references from '../lexicon/references.json' with { type: 'json' };
import type { Stance } from '../model.ts';
import type { Token } from './sentences.ts';

/** A set of phrases (word sequences) matched at a token position on lemma or lower-case form. */
export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, { words: string[]; value: V }[]>();

  add(phrase: string | readonly string[], value: V): this {
    const words = typeof phrase === 'string' ? phrase.toLowerCase().split(/\s+/) : [...phrase];
    const first = words[0];
    if (first === undefined) return this;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value });
    // Longest first, so "put forward" wins over "put".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
    return this;
  }

  /** First words of all phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at tokens[i], matching each word on its lemma or its lower-case form. */
  match(tokens: readonly Token[], i: number): { value: V; length: number } | undefined {
    const head = tokens[i];
    if (!head) return undefined;
    const candidates =
      this.byFirst.get(head.lower) ?? (head.lemma === head.lower ? undefined : this.byFirst.get(head.lemma));
    if (!candidates) return undefined;
    for (const { words, value } of candidates) {
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && (t.lower === words[k] || t.lemma === words[k]);
      }
      if (ok) return { value, length: words.length };
    }
    return undefined;
  }

  has(tokens: readonly Token[], i: number): boolean {
    return this.match(tokens, i) !== undefined;
  }
}

export function phrases(list: readonly (string | readonly string[])[]): PhraseSet {
  const set = new PhraseSet();
  for (const p of list) set.add(p, true);
  return set;
}

export interface StanceCue {
  relation: Stance;
  /** A word that must follow within three tokens ("work with"), when the phrase ends in a preposition. */
  requires?: string;
}

const CUE_PREPOSITIONS = new Set(['with', 'by', 'to', 'for', 'in', 'on', 'behind', 'against']);

/** Verb cues: "cooperate with" is stored as the verb "cooperate" requiring "with" after it. */
function verbCues(): PhraseSet<StanceCue> {
  const set = new PhraseSet<StanceCue>();
  for (const [relation, list] of Object.entries(stance.verbs) as [Stance, string[]][]) {
    for (const phrase of list) {
      const words = phrase.split(' ');
      const last = words[words.length - 1] ?? '';
      if (words.length > 1 && CUE_PREPOSITIONS.has(last) && words[0] !== 'attach') {
        set.add(words.slice(0, -1), { relation, requires: last });
      } else set.add(words, { relation });
    }
  }
  return set;
}

function relationSet(groups: Partial<Record<Stance, string[]>>): PhraseSet<Stance> {
  const set = new PhraseSet<Stance>();
  for (const [relation, list] of Object.entries(groups) as [Stance, string[]][]) {
    for (const phrase of list) set.add(phrase, relation);
  }
  return set;
}

const sets = {
  verbs: verbCues(),
  nouns: relationSet(stance.nouns),
  evaluations: relationSet(stance.evaluations),
  against: phrases(stance.against),
  inSupportOf: phrases(stance.inSupportOf),
  reporting: phrases(discourse.reporting),
  negators: phrases(discourse.negators),
  cancelling: new Set(discourse.cancelling),
  intended: phrases(discourse.intended),
  obligated: phrases(discourse.obligated),
  conditional: phrases(discourse.conditional),
  clauseBreaks: phrases(discourse.clauseBreaks),
  prepositions: new Set(discourse.prepositions),
  adjuncts: phrases(discourse.adjuncts),
  topicPrepositions: new Set(discourse.topicPrepositions),
  actorTargetsOnly: new Set(stance.actorTargetsOnly),
  placePrepositions: new Set(discourse.placePrepositions),
  adjunctPrepositions: new Set(discourse.adjunctPrepositions),
  partnerPrepositions: new Set(discourse.partnerPrepositions),
  timeWords: new Set(discourse.timeWords),
  meeting: phrases(discourse.meeting),
  reciprocal: phrases(discourse.reciprocal),
  membership: phrases(discourse.membership),
  personPronouns: new Set(references.person),
  groupReferences: phrases(references.group),
  authorPronouns: new Set(references.author),
  bodyPronouns: new Set(references.body),
  sideWords: new Set(references.sideWords),
};

/** Words that can start a stance cue: most tokens are not one, and skip all cue look-ups at once. */
const cueStarts = new Set<string>();
for (const set of [sets.verbs, sets.nouns, sets.evaluations, sets.against, sets.inSupportOf]) {
  for (const word of set.firstWords()) cueStarts.add(word);
}

export const lexicon = { ...sets, cueStarts };
