// Judgements ("destructive steps", "a brutal war", "X is illegal"): who says them (the speaker, else the
// authors) holds a position on whom they judge, and, for a condemnation, on the schemes of whom it judges
// that the sentence names after it ("takes destructive steps, follows the Cold War-style Indo-Pacific
// strategy").
import type { Sides } from './acts.ts';
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { judgedSubject, speakerOrAuthors, subject } from './holders.ts';
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';
import { agentOf, isInstrument, phraseTargets } from './targets.ts';

const SCHEMES = new Set(['Initiative', 'Concept']);

export function judgement(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): Sides {
  const complement = judgedObject(ctx, cue);
  if (complement) return complement;
  const np = ctx.phrases.npOf(cue.at);
  // In a phrase ("Russia's brutal war", "abuses by the regime"): whose the judged thing is; said of a
  // subject ("the US takes destructive steps", "X is illegal"): the subject.
  const inPhrase = np !== undefined && np.head >= cue.at && np.head > np.start;
  const owner = inPhrase ? agentOf(ctx, np) : [];
  // A judging noun ("abuses", "crimes") names no one else; an adjective judges what the subject does.
  const judged =
    owner.length > 0 || (inPhrase && np.head === cue.at) ? owner : (judgedSubject(ctx, cue, cues) ?? []);
  if (cue.relation !== 'OPPOSES' || judged.length === 0)
    return { sources: speakerOrAuthors(ctx), targets: judged };
  // Schemes are what a phrase is ("follows the Indo-Pacific strategy"), not a modifier ("human rights abuses").
  const schemes = ctx.mentions
    .filter(
      (m) =>
        m.start >= cue.end &&
        m.end <= ctx.attribution.end &&
        ctx.phrases.npOf(m.start)?.head === m.end - 1 &&
        !ACTS.has(ctx.tokens[m.end - 1]?.lower ?? ''),
    )
    .flatMap((m) => m.ids)
    .filter((id) => SCHEMES.has(ctx.registry.entities.get(id)?.kind ?? ''));
  return { sources: speakerOrAuthors(ctx), targets: [...judged, ...schemes] };
}

/**
 * A judgement put on a verb's object: "called the agreement null and void", "designated the IRGC as a
 * terrorist organization", "found the air strike justified". The verb's subject holds it, on what the
 * object stands for ("it": the issue named last before it).
 */
function judgedObject(ctx: SentenceContext, cue: Cue): Sides | undefined {
  const { tokens, phrases } = ctx;
  const from = phrases.clauseOf(cue.at).start;
  let v = cue.at - 1;
  while (v >= from && !(tokens[v]?.pos === 'VERB' && lexicon.judging.has(tokens[v]?.lemma ?? ''))) v--;
  if (v < from) return undefined;
  let k = v + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const object = phrases.npStartingAt(k);
  if (!object || object.start >= cue.at) return undefined;
  // "the maritime border agreement null and void": a judgement the tagger took into the phrase ends it.
  const judgedPhrase =
    object.head >= cue.at
      ? { ...object, head: cue.at - 1, end: cue.at, extent: cue.at, complements: [] }
      : object;
  // "named both the PKK and the YPG as terrorists": each phrase of a list is judged.
  const listed = judgedPhrase === object ? phrases.coordinated(object).filter((np) => np.end <= cue.at) : [];
  const targets = judgedPhrase.pronoun
    ? [issueBefore(ctx, judgedPhrase.start)]
    : listed.length > 1
      ? listed
      : [judgedPhrase];
  const judged = targets.flatMap((np) => (np ? phraseTargets(ctx, np, cue.relation) : []));
  return { sources: subject(ctx, v + 1) ?? speakerOrAuthors(ctx), targets: judged };
}

/** The last phrase before k that names an issue or a policy: what "it" judges. */
function issueBefore(ctx: SentenceContext, k: number): NounPhrase | undefined {
  const { phrases } = ctx;
  return phrases.nps.findLast((np) => np.end <= k && !np.pronoun && isInstrument(ctx, np));
}
