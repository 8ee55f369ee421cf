// Nouns for someone by their stance: "Navalny is an outspoken critic of Putin", "Greenpeace, a critic of
// Bolsonaro,", "Kremlin critic Alexei Navalny", "Iran's allies such as Syria". Whom the noun names holds
// the stance (a copula's subject, a phrase in apposition, the name after it, the examples); its "of"
// phrase, owner or modifier is whom it is on.
import type { Sides } from './acts.ts';
import type { SentenceContext } from './context.ts';
import type { Cue } from './cues.ts';
import { mentionAt, isActorId } from './context.ts';
import type { NounPhrase } from './phrases.ts';
import { isFinite, verbSubject } from './subjects.ts';
import { actorOf, phraseTargets } from './targets.ts';

const LINKS = new Set(['of', 'for', 'to']);
const COPULAS = new Set(['be', 'become', 'remain']);

export function relationalNoun(ctx: SentenceContext, cue: Cue): Sides {
  const np = ctx.phrases.npOf(cue.at);
  if (!np || np.head < cue.at || np.head >= cue.end) return { sources: [], targets: [] };
  const targets = onWhom(ctx, np, cue);
  const sources = whoIs(ctx, np).filter((id) => !targets.includes(id));
  return { sources, targets };
}

function onWhom(ctx: SentenceContext, np: NounPhrase, cue: Cue): string[] {
  const { tokens, phrases } = ctx;
  for (const c of np.complements) {
    const object = phrases.nps[c.np];
    if (object && LINKS.has(tokens[c.at]?.lower ?? ''))
      return phrases.coordinated(object).flatMap((each) => phraseTargets(ctx, each, cue.relation));
  }
  const owner = phrases.nps[np.owner];
  if (owner) return actorOf(ctx, owner);
  // "Kremlin critic": a name before the noun.
  for (let k = np.body; k < cue.at; k++) {
    const named = (mentionAt(ctx, k)?.ids ?? []).filter((id) => isActorId(ctx, id));
    if (named.length > 0) return named;
  }
  return [];
}

/** Whom the noun names: "X is a critic", "X, a critic of Y,", "critic X", "critics such as X". */
function whoIs(ctx: SentenceContext, np: NounPhrase): string[] {
  const { tokens, phrases } = ctx;
  // "Navalny is an outspoken critic of Putin"
  let v = np.start - 1;
  while (tokens[v]?.pos === 'ADV') v--;
  if (COPULAS.has(tokens[v]?.lemma ?? '') && isFinite(tokens, v)) return verbSubject(ctx, v) ?? [];
  // "Greenpeace, a critic of Bolsonaro,"
  const apposed = phrases.apposed(np);
  if (apposed) return actorOf(ctx, apposed);
  // "Kremlin critic Alexei Navalny": a name right after the noun
  const after = mentionAt(ctx, np.end);
  if (after && after.start === np.end) return after.ids.filter((id) => isActorId(ctx, id));
  // "critics such as Greenpeace", "critics, which include Greenpeace"
  return examplesOf(ctx, np).flatMap((each) => actorOf(ctx, each));
}

function examplesOf(ctx: SentenceContext, np: NounPhrase): NounPhrase[] {
  const { tokens, phrases } = ctx;
  const listed = phrases.examples(np);
  if (listed.length > 0) return listed;
  let k = np.extent;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'which' && tokens[k]?.lower !== 'who') return [];
  if (tokens[k + 1]?.lemma !== 'include') return [];
  const first = phrases.npStartingAt(k + 2);
  return first ? phrases.coordinated(first) : [];
}
