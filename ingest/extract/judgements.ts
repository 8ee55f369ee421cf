// Judgements ("destructive steps", "a brutal war", "X is illegal"): who says them (the speaker, else the
// authors) holds a position on whom they judge, and, for a condemnation, on the schemes of whom it judges
// that the sentence names after it ("takes destructive steps, follows the Cold War-style Indo-Pacific
// strategy").
import type { Sides } from './acts.ts';
import { isActorId, type SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { judgedSubject, sayerBefore, speakerOrAuthors, subject } from './holders.ts';
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';
import { agentOf, isInstrument, phraseTargets } from './targets.ts';

const SCHEMES = new Set(['Initiative', 'Concept']);
const QUOTES = new Set(['"', '“', '‘']);

export function judgement(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): Sides {
  const complement = judgedObject(ctx, cue);
  if (complement) return complement;
  const np = ctx.phrases.npOf(cue.at);
  // In a phrase ("Russia's brutal war", "abuses by the regime"): whose the judged thing is; said of a
  // subject ("the US takes destructive steps", "X is illegal"): the subject.
  // A quotation mark before the judgement opens no phrase ('is "null and void"').
  const inPhrase =
    np !== undefined &&
    np.head >= cue.at &&
    np.head > np.start &&
    !QUOTES.has(ctx.tokens[cue.at - 1]?.text ?? '');
  const owner = inPhrase ? agentOf(ctx, np) : [];
  // A judging noun ("abuses", "crimes") names no one else; an adjective judges what the subject does.
  const judged =
    owner.length > 0 || (inPhrase && np.head === cue.at) ? owner : (judgedSubject(ctx, cue, cues) ?? []);
  // Only an actor follows schemes: an agreement judged "null and void" that "does not comply with the Law
  // of the Sea" does not make the law a target.
  if (cue.relation !== 'OPPOSES' || !judged.some((id) => isActorId(ctx, id)))
    return { sources: judge(ctx, cue), targets: judged };
  // Schemes are what a phrase is ("follows the Indo-Pacific strategy"), not a modifier ("human rights abuses"),
  // and what a verb does, not a means listed later ("..., including humanitarian assistance to Ukraine").
  const schemes = ctx.mentions
    .filter((m) => {
      const np = ctx.phrases.npOf(m.start);
      return (
        m.start >= cue.end &&
        m.end <= ctx.attribution.end &&
        np?.head === m.end - 1 &&
        ctx.tokens[np.start - 1]?.pos === 'VERB' &&
        !ACTS.has(ctx.tokens[m.end - 1]?.lower ?? '')
      );
    })
    .flatMap((m) => m.ids)
    .filter((id) => SCHEMES.has(ctx.registry.entities.get(id)?.kind ?? ''));
  return { sources: judge(ctx, cue), targets: [...judged, ...schemes] };
}

/**
 * Who judges: the speaker; else whoever's verb a "that" clause completes ("They concluded that the
 * agreement is null and void"); else the authors.
 */
function judge(ctx: SentenceContext, cue: Cue): string[] {
  const speaker = ctx.attribution.speaker?.ids ?? [];
  if (speaker.length > 0) return speaker;
  const clause = ctx.phrases.clauseOf(cue.at);
  const sayer = ctx.tokens[clause.start]?.lower === 'that' ? sayerBefore(ctx, clause.start) : undefined;
  return sayer && sayer.length > 0 ? sayer : speakerOrAuthors(ctx);
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
