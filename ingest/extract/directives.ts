// Directives: "urged the US to waive diplomatic immunity", "called on Turkey to halt its drilling". Who
// urges proposes the act called for (a Concept named by its words), not the addressee; a call to stop
// also opposes the addressee. Without "to" the object is what is called for ("urged restraint").
import type { Sides } from './acts.ts';
import type { SentenceContext } from './context.ts';
import type { Cue } from './cues.ts';
import { holder } from './holders.ts';
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';
import { actionTarget, passiveActionTarget } from './open-targets.ts';
import { actorOf, phraseTargets } from './targets.ts';

/** Acts whose call opposes the one called on: "called on Turkey to halt its drilling". */
const STOPPING = new Set([
  'halt',
  'stop',
  'end',
  'cease',
  'withdraw',
  'abandon',
  'refrain',
  'desist',
  'suspend',
  'reverse',
  'drop',
]);

export function directive(ctx: SentenceContext, cue: Cue): Sides {
  const { tokens, phrases } = ctx;
  const sources = holder(ctx, cue);
  let k = cue.end;
  while (tokens[k]?.pos === 'ADV') k++;
  const first = phrases.npStartingAt(k);
  if (!first) return { sources, targets: [] };
  const addressees = phrases.coordinated(first);
  const after = (addressees[addressees.length - 1] as NounPhrase).extent;
  // "urged the immunity be waived": the act called for is the participle done to the phrase.
  if (tokens[after]?.lemma === 'be' && tokens[after + 1]?.pos === 'VERB') {
    const act = passiveActionTarget(ctx, after + 1, first);
    return { sources, targets: act === undefined ? [] : [act] };
  }
  const verb = tokens[after]?.lower === 'to' && tokens[after + 1]?.pos === 'VERB' ? after + 1 : -1;
  if (verb < 0) return { sources, targets: addressees.flatMap((np) => phraseTargets(ctx, np, 'PROPOSES')) };
  // "called on Italy to join the project": the stance verb called for says it ("join" the EastMed).
  if (isStanceOnIssue(ctx, verb)) return { sources, targets: [] };
  const act = actionTarget(ctx, verb);
  const stops = STOPPING.has(tokens[verb]?.lemma ?? '');
  return {
    sources,
    targets: act === undefined ? [] : [act],
    opposed: stops ? addressees.flatMap((np) => actorOf(ctx, np)) : [],
  };
}

/** A stance verb whose object is a known issue or initiative: its own cue gives the claim. */
function isStanceOnIssue(ctx: SentenceContext, verb: number): boolean {
  const { tokens, phrases, registry } = ctx;
  if (!lexicon.verbs.has(tokens, verb)) return false;
  const object = phrases.npStartingAt(verb + 1);
  if (!object) return false;
  return phraseTargets(ctx, object, 'SUPPORTS').some((id) => {
    const kind = registry.entities.get(id)?.kind;
    return kind === 'Initiative' || kind === 'Concept';
  });
}
