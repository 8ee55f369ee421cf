// Judgements ("destructive steps", "a brutal war", "X is illegal"): who says them (the speaker, else the
// authors) holds a position on whom they judge, and, for a condemnation, on the schemes of whom it judges
// that the sentence names after it ("takes destructive steps, follows the Cold War-style Indo-Pacific
// strategy").
import type { Sides } from './acts.ts';
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { judgedSubject, speakerOrAuthors } from './holders.ts';
import { agentOf } from './targets.ts';

const SCHEMES = new Set(['Initiative', 'Concept']);

export function judgement(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): Sides {
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
