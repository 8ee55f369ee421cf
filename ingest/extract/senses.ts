// Cues in other senses, or undone by the words around them: "withheld aid to Ukraine" and "the
// suspension of aid" support no one; "stands with leaders from Israel" in a photo caption takes no stance,
// nor does "they were joined by Prime Minister Kishida".
import words from '../lexicon/targets.json' with { type: 'json' };
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';

const COMPANY = new Set(words.company);
const STANDING = new Set(['stand', 'pose']);

/** A stance noun that a cancelling verb or noun governs: "withheld military aid", "the suspension of aid". */
export function cancelled(ctx: SentenceContext, cue: Cue): boolean {
  if (cue.type !== 'noun') return false;
  const { tokens, phrases } = ctx;
  const np = phrases.npOf(cue.at);
  if (!np) return false;
  const before = tokens[np.start - 1];
  if (before?.pos === 'VERB') return isCancelling(before.lemma) || isCancelling(before.lower);
  const outer = before?.lower === 'of' ? phrases.npOf(np.start - 2) : undefined;
  return outer !== undefined && isCancelling(tokens[outer.head]?.lower ?? '');
}

/**
 * An object a cue governs in another sense: "stands with leaders from Israel, the UAE and Bahrain" (beside
 * people, not behind a cause), "welcoming Prime Minister Mitsotakis to the White House" (a host's welcome).
 */
export function otherSense(ctx: SentenceContext, cue: Cue, np: NounPhrase): boolean {
  const { tokens } = ctx;
  const verb = tokens[cue.at]?.lemma ?? '';
  // "launched a war against Ukraine": a hostile act is done, not proposed (its agent opposes its victim).
  if (cue.relation === 'PROPOSES' && lexicon.conducting.has(verb) && ACTS.has(tokens[np.head]?.lower ?? ''))
    return true;
  if (STANDING.has(verb)) return COMPANY.has(tokens[np.head]?.lower ?? '');
  if (!HOSTING.has(verb)) return false;
  const guest = ctx.mentions.find((m) => m.start <= np.head && np.head < m.end);
  const kind = guest?.ids[0] === undefined ? undefined : ctx.registry.entities.get(guest.ids[0])?.kind;
  // "welcomed President Isaac Herzog of Israel to the White House": the venue may be the guest's complement.
  const venue =
    VENUE.has(tokens[np.extent]?.lower ?? '') ||
    np.complements.some((c) => VENUE.has(tokens[c.at]?.lower ?? ''));
  return kind === 'Person' && venue;
}

/**
 * "joined NATO", "the coalition was joined by Australia": one joins a body, a pact or a cause; a person or
 * a state joined ("they were joined by Prime Minister Kishida") is company, not a stance.
 */
export function withoutCompany(ctx: SentenceContext, cue: Cue, targets: string[]): string[] {
  if (!lexicon.bodyTargetsOnly.has(ctx.tokens[cue.at]?.lemma ?? '')) return targets;
  return targets.filter((id) => !COMPANY_KINDS.has(ctx.registry.entities.get(id)?.kind ?? ''));
}

const COMPANY_KINDS = new Set(['Person', 'Country']);

const HOSTING = new Set(['welcome', 'host', 'receive']);
const VENUE = new Set(['to', 'at', 'in']);

function isCancelling(word: string): boolean {
  return lexicon.cancelling.has(word);
}
