// Announcements: "Serbia announced new lockdown measures", "Trump declared a state of emergency". A
// reporting verb whose object is a phrase, not a clause ("announced Benin was to join" reports), proposes
// what it names; the attribution step takes such a verb for speech ("While ..., the AU announced a
// payment system" reads as "..., the AU said"), so it is looked for in the whole sentence.
import type { SentenceContext } from './context.ts';
import { cue, type Cue } from './cues.ts';
import { lexicon } from './lexicon.ts';
import type { Token } from './sentences.ts';
import { isFinite } from './subjects.ts';
import { isInstrument } from './targets.ts';
import { addWords, ANNOUNCING, COMMITTING } from './word-classes.ts';

addWords(ANNOUNCING, 'lemma', lexicon.announcing);
addWords(COMMITTING, 'lemma', lexicon.committing);

export function announcements(ctx: SentenceContext): Cue[] {
  return [...policies(ctx), ...commitments(ctx)];
}

function policies(ctx: SentenceContext): Cue[] {
  // ctx.phrases is read only at an announcing verb: the phrases of a sentence are chunked on demand.
  const { tokens, classes } = ctx;
  const found: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // The token's lemma is announcing (word-classes.ts).
    if (!t || ((classes[k] ?? 0) & ANNOUNCING) === 0) continue;
    // "will present a bill": after a modal a word is a verb, whatever the tagger says.
    if (t.pos !== 'VERB' && !MODALS.has(tokens[k - 1]?.lower ?? '')) continue;
    let j = k + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    const np = ctx.phrases.npStartingAt(j);
    if (!np || np.pronoun) continue;
    // "announced Benin was to join", "announced Monday that ..." report a clause; "present a bill ... that
    // legalises abortion" names a policy that a relative clause describes.
    const next = tokens[np.extent];
    const relative = next?.lower === 'that' && isInstrument(ctx, np);
    if ((next?.lower === 'that' && !relative) || next?.pos === 'AUX' || isFinite(tokens, np.extent)) continue;
    found.push(cue(k, 1, 'PROPOSES', 'verb'));
  }
  return found;
}

const MODALS = new Set(['will', 'would', 'shall', 'can', 'could', 'may', 'might', 'must', 'should']);

/** Pronouns that may stand for whoever commits: "announced they were to form ...". */
const SELF = new Set(['they', 'it', 'he', 'she', 'we', 'i']);
/** What binds an announced clause to come: "they were to form", "it would build", "she will hold". */
const FUTURE = new Set(['would', 'will', 'shall']);

/**
 * Acts the subject binds itself to: "promised to conduct new elections and hold a referendum", "Biden and
 * Sanders announced they were to form six working groups". The verb of each act (none that is a stance
 * cue of its own: "pledged to support X" says it already) proposes what it makes.
 */
function commitments(ctx: SentenceContext): Cue[] {
  const { tokens, classes } = ctx;
  const found: Cue[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // The token's lemma is committing (word-classes.ts).
    if (t?.pos !== 'VERB' || ((classes[k] ?? 0) & COMMITTING) === 0) continue;
    const verb = actAfter(tokens, k + 1);
    if (verb < 0) continue;
    for (const v of [verb, ...coordinatedVerbs(tokens, verb)])
      if (!lexicon.verbs.has(tokens, v) && !lexicon.directives.has(tokens, v))
        found.push(cue(v, 1, 'PROPOSES', 'verb'));
  }
  return found;
}

/** The verb of the act after a committing verb: "to conduct", "they were to form", "it would build". */
function actAfter(tokens: readonly Token[], k: number): number {
  let j = k;
  if (SELF.has(tokens[j]?.lower ?? '')) {
    j++;
    if (tokens[j]?.lemma === 'be' && tokens[j + 1]?.lower === 'to') j += 2;
    else if (FUTURE.has(tokens[j]?.lower ?? '')) j++;
    else return -1;
  } else if (tokens[j]?.lower === 'to') j++;
  else return -1;
  return tokens[j]?.pos === 'VERB' && tokens[j]?.lower === tokens[j]?.lemma ? j : -1;
}

/** "conduct new elections and hold a referendum": bare verbs joined to the first by "and". */
function coordinatedVerbs(tokens: readonly Token[], verb: number): number[] {
  const found: number[] = [];
  for (let k = verb + 1; k < tokens.length && tokens[k]?.text !== ',' && tokens[k]?.text !== ';'; k++) {
    const next = tokens[k + 1];
    if (tokens[k]?.lower === 'and' && next?.pos === 'VERB' && next.lower === next.lemma) found.push(k + 1);
  }
  return found;
}
