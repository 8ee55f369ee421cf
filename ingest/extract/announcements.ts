// Announcements: "Serbia announced new lockdown measures", "Trump declared a state of emergency". A
// reporting verb whose object is a phrase, not a clause ("announced Benin was to join" reports), proposes
// what it names; the attribution step takes such a verb for speech ("While ..., the AU announced a
// payment system" reads as "..., the AU said"), so it is looked for in the whole sentence.
import type { SentenceContext } from './context.ts';
import { cue, type Cue } from './cues.ts';
import { lexicon } from './lexicon.ts';
import { isFinite } from './subjects.ts';

export function announcements(ctx: SentenceContext): Cue[] {
  const { tokens, phrases } = ctx;
  const found: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.pos !== 'VERB' || !lexicon.announcing.has(t.lemma)) continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    const np = phrases.npStartingAt(j);
    if (!np || np.pronoun) continue;
    // "announced Benin was to join" reports a clause.
    const next = tokens[np.extent];
    if (next?.lower === 'that' || next?.pos === 'AUX' || isFinite(tokens, np.extent)) continue;
    found.push(cue(k, 1, 'PROPOSES', 'verb'));
  }
  return found;
}
