// Who meets whom in a sentence ("X met with Y", "X's call with Y"): the links step records the meeting,
// and the discourse step keeps the pair for a later "they" or "the two sides".
import { coordinatedGroups } from './groups.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { POSSESSIVES } from './names.ts';
import type { Token } from './sentences.ts';

/** Who meets whom in a sentence: the meeting's owner or first actor, and the partners. */
export interface Meeting {
  first: Mention;
  /** The partner and those named together with it: "met with Levits of Latvia, Nauseda of Lithuania, and Kallas". */
  partners: Mention[];
}

/**
 * "X met with Y", "X spoke today with Y", "X met Y" (X being the sentence's first actor), "X's call with Y"
 * (X owning the meeting, wherever it stands), "X met today in Istanbul with Y" (the venue passed over).
 */
export function meetingIn(tokens: readonly Token[], mentions: readonly Mention[]): Meeting | undefined {
  // A meeting needs two actors named: most sentences are passed over without reading a word. The
  // meeting word stands after the end of a named actor (its first or owner) and before the start of
  // another (its partner): only the words between are read.
  let named = 0;
  let from = tokens.length;
  let to = 0;
  for (const m of mentions) {
    if (m.ids.length === 0) continue;
    named++;
    from = Math.min(from, m.end);
    to = Math.max(to, m.start);
  }
  if (named < 2) return undefined;
  for (let k = from; k < to; k++) {
    const meeting = lexicon.meeting.match(tokens, k);
    if (!meeting) continue;
    const first = ownerOf(tokens, mentions, k) ?? mentions.find((m) => m.end <= k && m.ids.length > 0);
    const partner = first && partnerAfter(tokens, mentions, k + meeting.length);
    if (!first || !partner) continue;
    const group = coordinatedGroups(tokens, mentions).find((g) => g.includes(partner)) ?? [partner];
    return { first, partners: group.slice(group.indexOf(partner)) };
  }
  return undefined;
}

/** Words between the meeting word and the partner at most: "by phone this morning in Istanbul with". */
const MAX_PARTNER_GAP = 8;

/**
 * The partner after the meeting word: right after it, after "with" or "between" ("spoke by phone with Y",
 * not "the meeting of Y"), or after a verb ("met Y"). Adverbs, "by phone", a time ("today", "this
 * morning", "on Monday") and a venue ("in Istanbul", "over the phone") may stand between; a topic may not
 * ("spoke about how he ...").
 */
function partnerAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
): Mention | undefined {
  const afterVerb = tokens[from - 1]?.pos === 'VERB';
  let sawWith = false;
  let inAdjunct = false;
  for (let k = from; k < tokens.length && k - from <= MAX_PARTNER_GAP;) {
    const t = tokens[k] as Token;
    const named = mentions.find((m) => m.start === k && m.ids.length > 0);
    // A possessor is not the partner: "met Lavrov's deputy", "meet Ukraine's needs".
    if (named && !inAdjunct)
      return (sawWith || afterVerb || k === from) && !named.possessive ? named : undefined;
    if (t.lower === 'with' || t.lower === 'between') sawWith = true;
    else if (!inAdjunct && !betweenMeetingAndPartner(t, tokens[k + 1])) return undefined;
    // An adjunct runs from "in", "at", "on" to the next preposition: "in Istanbul with", "on May 2 with".
    inAdjunct = lexicon.adjunctPrepositions.has(t.lower) || (inAdjunct && t.pos !== 'ADP');
    k = named ? named.end : k + 1;
  }
  return undefined;
}

function betweenMeetingAndPartner(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADP')
    return lexicon.partnerPrepositions.has(t.lower) || lexicon.adjunctPrepositions.has(t.lower);
  const isTime = (word: Token | undefined): boolean =>
    word !== undefined && lexicon.timeWords.has(word.lower);
  // "this" or "last" only as the start of a time: "this morning", not "spoken to this publicly".
  return t.pos === 'ADV' || t.lower === 'phone' || isTime(t) || (t.pos === 'DET' && isTime(next));
}

/** "Blinken's (upcoming) meeting", "his meeting": the possessor just before the meeting word, adjectives between. */
function ownerOf(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | undefined {
  const owner = mentions.findLast((m) => m.end <= k && m.ids.length > 0);
  if (!owner?.possessive) return undefined;
  let j = owner.end;
  if (POSSESSIVES.has(tokens[j]?.text ?? '')) j++;
  for (; j < k; j++) if (tokens[j]?.pos !== 'ADJ') return undefined;
  return owner;
}
