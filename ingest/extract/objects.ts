// What a stance cue governs, as whole phrases: the object of a verb ("condemned [Russia's missile
// strikes] across Ukraine"), the complement of a noun ("support [for Ukraine]"; not "support staff"),
// the phrase after "against" or "in support of". A list governed together ("with China, India and
// Russia") gives each of its phrases.
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import words from '../lexicon/targets.json' with { type: 'json' };
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';
import { compoundActor } from './holders.ts';
import { AGENT_LINKS } from './target-words.ts';
import { actorOf } from './targets.ts';

/** Prepositions that link a stance noun to what it is about: "support for", "condemnation of". */
const NOUN_LINKS = new Set([
  'for',
  'to',
  'with',
  'of',
  'toward',
  'towards',
  'behind',
  'about',
  'on',
  'against',
  'between',
  'among',
  'over',
  'into',
]);

/**
 * Nouns whose "of" names who gives them, not whom they are for: "the help of honourable people", "the
 * support of the Congress".
 */
const GIVEN = new Set([
  'help',
  'support',
  'assistance',
  'backing',
  'aid',
  'cooperation',
  'commitment',
  'opposition',
  'proposal',
  'proposals',
  'call',
  'initiative',
  'plan',
]);

const TIMES = new Set(words.times);

/** Prepositions after a participle of state: "committed to", "aligned with". */
const STATE = new Set(['to', 'with']);

/** Words that may stand between a verb and its object: adverbs and particles ("backed fully", "set up"). */
const BETWEEN = new Set(['ADV', 'PART']);

export function objectPhrases(ctx: SentenceContext, cue: Cue): NounPhrase[] {
  if (cue.type === 'noun') return complementsOf(ctx, cue);
  const { tokens, phrases } = ctx;
  // "called for restraint", "pledged support for X", "imposed sanctions on X": a cue taken whole from
  // the coder's patterns ends in the noun it governs.
  const last = tokens[cue.end - 1];
  if (cue.end - cue.at > 1 && last?.pos === 'NOUN') return patternObjects(ctx, cue);
  // "the China-proposed Global Initiative": a compound inside a phrase is about the phrase's head.
  // "The Houthis, an Iranian-backed militia": where the head names no one, whom the phrase describes.
  const around = phrases.npOf(cue.at);
  if (around && around.head >= cue.end && compoundActor(ctx, cue)) {
    const named = ctx.mentions.some((m) => m.start <= around.head && around.head < m.end);
    return [named ? around : (phrases.apposed(around) ?? around)];
  }
  // "have alleged Iranian involvement": the tagger took the verb into the phrase of its object.
  if (cue.type === 'verb' && around?.start === cue.at && around.head >= cue.end)
    return [{ ...around, start: cue.end, body: Math.max(around.body, cue.end) }];
  let k = cue.end;
  if (cue.requires) {
    while (k < cue.end + 3 && tokens[k]?.lower !== cue.requires) k++;
    if (tokens[k]?.lower !== cue.requires) return [];
    k++;
  }
  while (!phrases.npStartingAt(k) && BETWEEN.has(tokens[k]?.pos ?? '') && tokens[k]?.lower !== 'to') k++;
  // "remain committed to the rules-based order": a preposition of state before the object.
  if (!phrases.npStartingAt(k) && tokens[k]?.pos === 'ADP' && STATE.has(tokens[k]?.lower ?? '')) k++;
  let np = phrases.npStartingAt(k);
  // "condemn Putin's war": the object is what the owner owns.
  for (let owned = np && phrases.owned(np); owned; owned = phrases.owned(owned)) np = owned;
  if (!np || phrases.clauseOf(np.start) !== phrases.clauseOf(cue.at)) return [];
  return withExamples(ctx, phrases.coordinated(np));
}

/** "welcome new groupings, such as the Negev Forum": the examples are what the stance is about too. */
function withExamples(ctx: SentenceContext, nps: NounPhrase[]): NounPhrase[] {
  const last = nps[nps.length - 1];
  return last ? [...nps, ...ctx.phrases.examples(last)] : nps;
}

/**
 * What a pattern ending in a noun governs: a stance noun's complements ("support for X"), a hostile act's
 * victims ("sanctions on X"), else the noun's phrase itself ("restraint").
 */
function patternObjects(ctx: SentenceContext, cue: Cue): NounPhrase[] {
  const np = ctx.phrases.npOf(cue.end - 1);
  if (!np) return [];
  const noun = ctx.tokens[np.head];
  if (noun && (lexicon.nouns.has([noun], 0) || ACTS.has(noun.lower))) return linkedPhrases(ctx, np, cue);
  return ctx.phrases.coordinated(np);
}

/** The phrases of a stance noun's linking prepositions, when the noun heads its phrase. */
function complementsOf(ctx: SentenceContext, cue: Cue): NounPhrase[] {
  const np = ctx.phrases.npOf(cue.at);
  return np && np.head >= cue.at && np.head < cue.end ? linkedPhrases(ctx, np, cue) : [];
}

/** The phrases linked to a stance noun: "support for X", "sanctions on X", "commitment to strengthening X". */
function linkedPhrases(ctx: SentenceContext, np: NounPhrase, cue: Cue): NounPhrase[] {
  const { tokens, phrases } = ctx;
  // "commitment to strengthening the Alliance": what the gerund after the noun acts on.
  const link = tokens[np.end];
  const gerund = tokens[np.end + 1];
  if (link && NOUN_LINKS.has(link.lower) && gerund?.pos === 'VERB' && gerund.lower.endsWith('ing')) {
    const object = phrases.npStartingAt(np.end + 2);
    return object ? withExamples(ctx, phrases.coordinated(object)) : [];
  }
  const found: NounPhrase[] = [];
  // "opposition from France to the deal", "cooperation in the last few years with X": what follows the
  // holder's or a time's phrase belongs to the noun.
  const through = np.complements.flatMap((c) => {
    const object = phrases.nps[c.np];
    return object && isThrough(ctx, object) ? object.complements : [];
  });
  for (const c of [...np.complements, ...through]) {
    const object = phrases.nps[c.np];
    const link = tokens[c.at]?.lower ?? '';
    // "coordination against disinformation": the "against" cue says what is opposed, not the noun.
    if (link === 'against' && cue.relation !== 'OPPOSES') continue;
    if (link === 'of' && GIVEN.has(tokens[np.head]?.lower ?? '')) continue;
    if (object && NOUN_LINKS.has(link)) found.push(...withExamples(ctx, phrases.coordinated(object)));
  }
  // "other matters of concern, including the SolarWinds hack, reports of ...".
  return [...found, ...phrases.examples(np)];
}

/** A phrase a noun's complements run through: a holder ("from France") or a time ("in recent years"). */
function isThrough(ctx: SentenceContext, np: NounPhrase): boolean {
  const { tokens } = ctx;
  const link = tokens[np.start - 1]?.lower ?? '';
  return AGENT_LINKS.has(link) || TIMES.has(tokens[np.head]?.lower ?? '');
}

/** "was condemned in a joint statement by Egypt, Greece and Cyprus": everyone the "by" of a passive names. */
export function passiveAgents(ctx: SentenceContext, cue: Cue): string[] {
  const { tokens, phrases } = ctx;
  const clause = phrases.clauseOf(cue.at);
  for (let k = cue.end; k < clause.end; k++) {
    if (tokens[k]?.lower !== 'by' || tokens[k]?.pos !== 'ADP') continue;
    const agent = phrases.npStartingAt(k + 1);
    return agent ? phrases.coordinated(agent).flatMap((np) => actorOf(ctx, np)) : [];
  }
  return [];
}
