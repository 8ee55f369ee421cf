// Hostile acts named by a noun ("Russia's invasion of Ukraine", "EU sanctions on Iran", "attacks by the
// Houthis"): whoever acts opposes whom the act hits. Who is under an act ("Turkey is under EU
// sanctions") is hit by it too.
import type { SentenceContext } from './context.ts';
import type { Cue } from './cues.ts';
import { isActorId } from './context.ts';
import type { NounPhrase } from './phrases.ts';
import { subjectOfVerbBefore } from './subjects.ts';
import { agentOf, phraseTargets } from './targets.ts';

/** Prepositions before whom an act hits: "attacks on", "war against", "invasion of". */
const PATIENT_LINKS = new Set(['on', 'against', 'of', 'in', 'into', 'to', 'toward', 'towards', 'upon', 'at']);

export interface Sides {
  sources: string[];
  targets: string[];
}

export function hostileAct(ctx: SentenceContext, cue: Cue): Sides {
  const np = ctx.phrases.npOf(cue.at);
  if (!np) return { sources: [], targets: [] };
  const sources = agentOf(ctx, np).filter((id) => isActorId(ctx, id));
  return { sources, targets: sources.length > 0 ? patients(ctx, np) : [] };
}

function patients(ctx: SentenceContext, np: NounPhrase): string[] {
  const { tokens, phrases } = ctx;
  // "Turkey is already under EU sanctions": the subject is hit.
  if (tokens[np.start - 1]?.lower === 'under') return subjectOfVerbBefore(ctx, np.start) ?? [];
  const found: string[] = [];
  for (const c of np.complements) {
    const object = phrases.nps[c.np];
    if (!object || !PATIENT_LINKS.has(tokens[c.at]?.lower ?? '')) continue;
    // The owner of a killing is its victim already named: "the killing of X".
    for (const each of phrases.coordinated(object)) found.push(...phraseTargets(ctx, each, 'OPPOSES'));
  }
  return found;
}
