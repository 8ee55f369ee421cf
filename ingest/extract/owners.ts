// Holders named around a noun: its owner ("China's support"), the one actor before it ("U.S. support to
// UNRWA"), its "from" or "by" phrase ("opposition from France"), the one thanked for it ("thanked Kishida
// for his commitment"), and the owner of a noun an infinitive or gerund completes ("Iraq's efforts to
// prosecute"). Rules of holders.ts, which tries them in its order.
import type { Cue } from './cues.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { Token } from './sentences.ts';
import { AGENT_LINKS } from './target-words.ts';
import { actorOf, isUndertaking, possessorActor } from './targets.ts';
import { mentionAt, type SentenceContext } from './context.ts';

export type Rule = (ctx: SentenceContext, cue: Cue) => string[] | undefined;

/**
 * "China's support", "its support", "Russia's war". An "its" that stands for no one known ("hold the regime
 * accountable for its cooperation with Russia") names a holder all the same, never the clause's subject.
 */
export const owner: Rule = (ctx, cue) => {
  if (isVerbal(cue)) return undefined;
  const found = possessorBefore(ctx, cue.at)?.ids;
  if (found && found.length > 0) return found;
  const np = ctx.phrases.npOf(cue.at);
  const pronoun = np ? ctx.phrases.nps[np.owner] : undefined;
  return pronoun && ctx.tokens[pronoun.head]?.lower === 'its' ? [] : found;
};

/** "opposition from France to the deal", "criticism by the EU": who states what a stance noun says. */
export const nounAgents: Rule = (ctx, cue) => {
  if (cue.type !== 'noun') return undefined;
  const np = ctx.phrases.npOf(cue.at);
  for (const c of np?.complements ?? []) {
    const agent = ctx.phrases.nps[c.np];
    if (agent && AGENT_LINKS.has(ctx.tokens[c.at]?.lower ?? ''))
      return ctx.phrases.coordinated(agent).flatMap((each) => actorOf(ctx, each));
  }
  return undefined;
};

/**
 * "India's interest in joining X": a gerund after a preposition belongs to the owner of the noun before it;
 * "Iraq's efforts to prosecute X", "U.S. efforts to rally": so does an infinitive that completes a noun of
 * will, attempt or duty.
 */
export const gerundOwner: Rule = (ctx, cue) => {
  const { tokens, phrases } = ctx;
  const before = tokens[cue.at - 1]?.lower ?? '';
  const noun = phrases.npOf(cue.at - 2);
  if (isGerund(tokens[cue.at]) && lexicon.prepositions.has(before)) {
    const owner = noun ? phrases.nps[noun.owner] : undefined;
    return owner ? mentionAt(ctx, owner.head)?.ids : undefined;
  }
  const verb = tokens[cue.at];
  if (!isVerbal(cue) || before !== 'to' || verb?.lower !== verb?.lemma) return undefined;
  // "our determination to hold Russia accountable": a pronoun owner is the subject's business.
  if (!noun || noun.end !== cue.at - 1 || !isUndertaking(ctx, noun) || phrases.nps[noun.owner]?.pronoun)
    return undefined;
  const ids = possessorActor(ctx, noun);
  return ids.length > 0 ? ids : undefined;
};

/**
 * "U.S. support to UNRWA", "EU sanctions on Russia": the one actor named before a stance noun that says
 * whom it is for holds it (not whoever expresses appreciation for it).
 */
export const modifierHolder: Rule = (ctx, cue) => {
  if (cue.type !== 'noun') return undefined;
  const np = ctx.phrases.npOf(cue.at);
  const first = np?.complements[0];
  if (!np || np.owner >= 0 || np.head < cue.at || np.head >= cue.end || !first) return undefined;
  if (!RECIPIENT_LINKS.has(ctx.tokens[first.at]?.lower ?? '')) return undefined;
  const ids = possessorActor(ctx, np);
  return ids.length === 1 ? ids : undefined;
};

/** Prepositions that name whom a stance noun is for: "support to UNRWA", "sanctions on Russia". */
const RECIPIENT_LINKS = new Set(['to', 'for', 'on', 'against', 'with', 'toward', 'towards']);

/** Most words between a verb of thanking and the "for" that gives the reason. */
const THANKED_WINDOW = 8;

/**
 * "thanked Bill Gates for his commitment to global health", "Thank you, Bill, for your commitment": the
 * stance a pronoun owns in what someone is thanked for is the one thanked's (none we can name for "you"
 * alone), not the thanker's.
 */
export const thanked: Rule = (ctx, cue) => {
  if (cue.type !== 'noun') return undefined;
  const { tokens, phrases } = ctx;
  const np = phrases.npOf(cue.at);
  const owner = np ? phrases.nps[np.owner] : undefined;
  if (!owner?.pronoun || tokens[owner.start - 1]?.lower !== 'for') return undefined;
  const from = Math.max(ctx.attribution.start, owner.start - THANKED_WINDOW);
  for (let k = owner.start - 2; k >= from; k--) {
    if (!lexicon.thanking.has(tokens[k]?.lemma ?? '')) continue;
    const object = phrases.npStartingAt(k + 1);
    if (!object?.pronoun) return object ? actorOf(ctx, object) : undefined;
    // "Thank you, Bill, for": whom "you" is, named after a comma.
    const named = tokens[object.end]?.text === ',' ? phrases.npStartingAt(object.end + 1) : undefined;
    return named ? actorOf(ctx, named) : [];
  }
  return undefined;
};

/** The owner of the phrase holding token `at`: "China's firm support", "its support", "Russia's war". */
export function possessorBefore(ctx: SentenceContext, at: number): Mention | undefined {
  const np = ctx.phrases.npOf(at);
  const owner = np ? ctx.phrases.nps[np.owner] : undefined;
  return owner ? mentionAt(ctx, owner.head) : undefined;
}

export const isVerbal = (cue: Cue): boolean => cue.type === 'verb' || cue.type === 'directive';

export const isGerund = (t: Token | undefined): boolean => t?.lower.endsWith('ing') ?? false;
