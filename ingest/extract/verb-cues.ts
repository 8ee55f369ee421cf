// The verb cues of the stance lexicon: the verbs and verb patterns converted from CAMEO
// (lexicon/built/cameo-verbs.json, generated) with the hand overrides of lexicon/verbs.json on top.
import built from '../lexicon/built/cameo-verbs.json' with { type: 'json' };
import hand from '../lexicon/verbs.json' with { type: 'json' };
import type { Stance } from '../model.ts';

export interface VerbCueEntry {
  /** Lower-case words; the first is matched on its lemma or its form. */
  words: string[];
  relation: Stance;
  /** A word that must follow within three tokens ("work with"), when the phrase ends in a preposition. */
  requires?: string;
  /** An act done, not words said: the coder's codes of material cooperation and conflict ("detain", 173). */
  material?: boolean;
}

/** The coder's code families of acts (aid, yielding, investigating, force, coercion, assault, fighting). */
const MATERIAL = /^(0[6-9]|1[5-9]|20)/;

const CUE_PREPOSITIONS = new Set(['with', 'by', 'to', 'for', 'in', 'on', 'behind', 'against', 'of', 'from']);
const RELATIONS = new Set<string>(['SUPPORTS', 'OPPOSES', 'PROPOSES']);

/**
 * Every verb cue, hand overrides first (they win a phrase both have, and `none` removes a converted
 * phrase), then the converted verbs and patterns, each also under its irregular forms ("sought").
 */
export function verbCueEntries(): VerbCueEntry[] {
  const relations = new Map<string, Stance | 'none'>();
  const material = new Set<string>();
  for (const group of hand.overrides) {
    for (const phrase of group.verbs) {
      relations.set(phrase, group.relation as Stance | 'none');
      if ('material' in group && group.material) material.add(phrase);
    }
  }
  for (const [phrase, relation, code] of [...built.verbs, ...built.patterns]) {
    if (phrase !== undefined && !relations.has(phrase) && RELATIONS.has(relation ?? '')) {
      relations.set(phrase, relation as Stance);
      if (MATERIAL.test(code ?? '')) material.add(phrase);
    }
  }
  const forms: Record<string, string[] | undefined> = built.forms;
  const byKey = new Map<string, VerbCueEntry>();
  for (const [phrase, relation] of relations) {
    if (relation === 'none') continue;
    const [lemma = '', ...rest] = phrase.split(' ');
    for (const first of [lemma, ...(forms[lemma] ?? [])]) {
      const entry = cueEntry([...first.split(' '), ...rest], relation, material.has(phrase));
      const key = `${entry.words.join(' ')}|${entry.requires ?? ''}`;
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}

/** "cooperate with" is the verb "cooperate" requiring "with" after it ("cooperate closely with"). */
function cueEntry(words: string[], relation: Stance, material: boolean): VerbCueEntry {
  const last = words[words.length - 1] ?? '';
  const kind = material ? { material } : {};
  if (words.length > 1 && CUE_PREPOSITIONS.has(last) && words[0] !== 'attach') {
    return { words: words.slice(0, -1), relation, requires: last, ...kind };
  }
  return { words, relation, ...kind };
}
