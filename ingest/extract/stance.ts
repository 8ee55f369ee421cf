// Step 5: positions. Finds stance cues in what is said, the actor holding each position (subject,
// possessor or speaker) and what it is about (the entities the cue governs).
import stanceLexicon from '../lexicon/stance.json' with { type: 'json' };
import type { Modality, Stance } from '../model.ts';
import type { Attribution } from './attribution.ts';
import { coordinatedGroups } from './discourse.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';

export interface Position {
  source: string;
  relation: Stance;
  target: string;
  modality: Modality;
}

/** The cues of a sentence and, per token, the mention covering it. */
interface Scope {
  cues: readonly Cue[];
  inMention: readonly (Mention | undefined)[];
}

type CueType = 'verb' | 'noun' | 'act' | 'evaluation' | 'against';

interface Cue {
  at: number;
  end: number;
  relation: Stance;
  type: CueType;
  passive: boolean;
}

const ACTS = new Set(stanceLexicon.acts);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  "'s",
  '’s',
]);
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'you']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** A stance noun governs what follows one of these: "support for", "commitment to", "cooperation with". */
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
  'from',
]);
const AGENT_PREPOSITIONS = new Set(['by', 'from']);
const PATIENT_PREPOSITIONS = new Set(['on', 'against', 'of', 'in', 'to', 'toward', 'towards', 'upon']);

export interface SentenceContext {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  attribution: Attribution;
  authors: readonly string[];
  registry: Registry;
}

/** The positions stated in one sentence. */
export function positions(ctx: SentenceContext): Position[] {
  const { tokens, attribution } = ctx;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const inMention = mentionIndex(ctx);
  const blocked = conditionalTokens(tokens, attribution);
  const cues = findCues(tokens, attribution.start, attribution.end, inMention).filter(
    (c) => !blocked[c.at] && !negated(tokens, c),
  );
  const found = new Map<string, Position>();
  const shielded = new Set<Mention>();
  const scope: Scope = { cues, inMention };
  for (const cue of cues)
    if (cue.type === 'act') for (const m of actPatients(ctx, cue, scope)) shielded.add(m);
  for (const cue of cues) {
    for (const p of cuePositions(ctx, cue, scope, shielded)) {
      if (p.source === p.target || ctx.registry.principal(p.source) === ctx.registry.principal(p.target))
        continue;
      const key = `${p.source} ${p.relation} ${p.target}`;
      if (!found.has(key)) found.set(key, p);
    }
  }
  return [...found.values()];
}

function mentionIndex(ctx: SentenceContext): (Mention | undefined)[] {
  const index = new Array<Mention | undefined>(ctx.tokens.length).fill(undefined);
  for (const m of ctx.mentions) if (!isAct(ctx, m)) for (let k = m.start; k < m.end; k++) index[k] = m;
  return index;
}

function findCues(
  tokens: readonly Token[],
  start: number,
  end: number,
  inMention: readonly (Mention | undefined)[],
): Cue[] {
  const cues: Cue[] = [];
  for (let k = start; k < end; k++) {
    if (inMention[k]) continue;
    const cue = cueAt(tokens, k);
    if (cue) {
      cues.push(cue);
      k = cue.end - 1;
    }
  }
  return cues;
}

function cueAt(tokens: readonly Token[], k: number): Cue | undefined {
  const t = tokens[k];
  if (!t || (!lexicon.cueStarts.has(t.lower) && !lexicon.cueStarts.has(t.lemma))) return undefined;
  const prev = tokens[k - 1];
  // After "will", "to", "should" or a subject pronoun a word is a verb, whatever the tagger says
  // ("will sanction Russia", "we also welcome").
  const afterAuxiliary = prev !== undefined && (prev.pos === 'AUX' || prev.lower === 'to');
  const afterSubject = SUBJECT_PRONOUNS.has(wordBefore(tokens, k)?.lower ?? '');
  const nominal =
    !afterAuxiliary &&
    !afterSubject &&
    (t.pos === 'NOUN' || t.pos === 'ADJ' || (prev !== undefined && DETERMINERS.has(prev.lower)));
  const verb = lexicon.verbs.match(tokens, k);
  if (
    verb &&
    !nominal &&
    (!verb.value.requires || follows(tokens, k + verb.length, verb.value.requires)) &&
    !controls(tokens, k + verb.length)
  ) {
    return {
      at: k,
      end: k + verb.length,
      relation: verb.value.relation,
      type: 'verb',
      passive: isPassive(tokens, k),
    };
  }
  const noun = lexicon.nouns.match(tokens, k);
  if (noun && t.pos !== 'VERB') {
    const type = ACTS.has(t.lower) ? 'act' : 'noun';
    return { at: k, end: k + noun.length, relation: noun.value, type, passive: false };
  }
  const evaluation = lexicon.evaluations.match(tokens, k);
  if (evaluation)
    return {
      at: k,
      end: k + evaluation.length,
      relation: evaluation.value,
      type: 'evaluation',
      passive: false,
    };
  // "against the backdrop" is a circumstance; "aggression against X" names the victim of the act.
  if (lexicon.against.has(tokens, k) && !lexicon.adjuncts.has(tokens, k) && !ACTS.has(prev?.lower ?? ''))
    return { at: k, end: k + 1, relation: 'OPPOSES', type: 'against', passive: false };
  const support = lexicon.inSupportOf.match(tokens, k);
  if (support)
    return { at: k, end: k + support.length, relation: 'SUPPORTS', type: 'against', passive: false };
  return undefined;
}

/** "commit to imposing", "help build", "pledge to work": the stance is in the verb that follows. */
function controls(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after]?.lower === 'to' ? tokens[after + 1] : tokens[after];
  return (
    next !== undefined && next.pos === 'VERB' && (next.lower.endsWith('ing') || next.lower === next.lemma)
  );
}

/** "matters of concern, including X" and "concerns such as X" name what the noun is about. */
function listsExamples(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k]?.text === ',' ? k + 1 : k;
  return (
    tokens[next]?.lower === 'including' ||
    (tokens[next]?.lower === 'such' && tokens[next + 1]?.lower === 'as')
  );
}

/** The word before k, skipping adverbs ("we also welcome"). */
function wordBefore(tokens: readonly Token[], k: number): Token | undefined {
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  return tokens[j];
}

function follows(tokens: readonly Token[], from: number, word: string): boolean {
  for (let j = from; j < from + 3; j++) if (tokens[j]?.lower === word) return true;
  return false;
}

function isPassive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // A past participle: "opposed", "undermined", "withheld"; not "are politicizing" nor "supports".
  const participle = t.lower.endsWith('ed') || (t.lower !== t.lemma && !/(ing|s)$/.test(t.lower));
  if (!participle) return false;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const w = tokens[j];
    if (!w) break;
    if (BE.has(w.lower)) return true;
    if (w.pos !== 'ADV') break;
  }
  return false;
}

/** "did not condemn", "never supported", "no support for" (but "not only"). */
function negated(tokens: readonly Token[], cue: Cue): boolean {
  for (let j = cue.at - 1; j >= cue.at - 3 && j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.text === ',') return false;
    if (lexicon.negators.has(tokens, j) && tokens[j + 1]?.lower !== 'only') return true;
  }
  return false;
}

/** "If Russia invades Ukraine, NATO will ...": Russia is not the subject of the main clause. */
function inCondition(ctx: SentenceContext, m: Mention): boolean {
  for (let k = m.start - 1; k >= ctx.attribution.start; k--) {
    if (ctx.tokens[k]?.text === ',') return false;
    if (lexicon.conditional.has(ctx.tokens, k)) return true;
  }
  return false;
}

/** Tokens of an "if"/"unless" clause: what is said there is hypothetical. */
function conditionalTokens(tokens: readonly Token[], attribution: Attribution): boolean[] {
  const blocked = new Array<boolean>(tokens.length).fill(false);
  for (let k = attribution.start; k < attribution.end; k++) {
    // "if ...", "unless ...", and the inverted "should they continue to ..."
    const inverted = tokens[k]?.lower === 'should' && k > attribution.start && tokens[k + 1]?.pos === 'PRON';
    if (!lexicon.conditional.has(tokens, k) && !inverted) continue;
    let j = k;
    while (j < attribution.end && tokens[j]?.text !== ',') blocked[j++] = true;
  }
  return blocked;
}

/**
 * Where the words governed by a cue end: the next verb cue, a clause break, or an adjunct ("in response
 * to", "amid"). A noun's object also ends where a circumstance starts ("cooperation in the area of").
 */
function regionEnd(ctx: SentenceContext, cue: Cue, scope: Scope): number {
  const { tokens, attribution } = ctx;
  // "the China-proposed initiative": a compound modifier, not a new clause.
  const next = scope.cues.find(
    (c) => c.at > cue.at && (c.type === 'verb' || cue.type !== 'verb') && tokens[c.at - 1]?.text !== '-',
  );
  // "concerns, including X, reports of Y": a list of examples runs on to the end of the clause.
  const listing = cue.type === 'noun' && listsExamples(tokens, cue.end);
  const end = listing ? attribution.end : Math.min(next?.at ?? attribution.end, attribution.end);
  const nominal = (cue.type === 'noun' || cue.type === 'act') && !listing;
  for (let k = cue.end; k < end; k++) {
    const t = tokens[k];
    if (!t) break;
    if (scope.inMention[k]) continue;
    if (t.text === ',' && isGerundAfterPreposition(tokens, cue)) return k;
    if (lexicon.clauseBreaks.has(tokens, k) && t.lower !== 'as') return k;
    if (startsOtherConstituent(tokens, k)) return k;
    if (lexicon.adjuncts.has(tokens, k)) return k;
    // A noun's object is a noun phrase: a circumstance or a new verb ends it.
    if (nominal && lexicon.topicPrepositions.has(t.lower) && !lexicon.inSupportOf.has(tokens, k)) return k;
    if (nominal && t.pos === 'VERB' && tokens[k - 1]?.text !== '-') return k;
  }
  return end;
}

/** "views on countering the pandemic, and the challenges of ...": a gerund's object ends at a comma. */
function isGerundAfterPreposition(tokens: readonly Token[], cue: Cue): boolean {
  return (
    (tokens[cue.at]?.lower.endsWith('ing') ?? false) &&
    lexicon.prepositions.has(tokens[cue.at - 1]?.lower ?? '')
  );
}

/** "..., and on the shared challenges of": coordination of a new phrase, not of another object. */
function startsOtherConstituent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || (t.lower !== 'and' && t.lower !== 'or')) return false;
  const next = tokens[k + 1];
  return next !== undefined && (next.pos === 'VERB' || (next.pos === 'ADP' && tokens[k - 1]?.text === ','));
}

/** Where the clause holding `at` starts: after the last clause break before it. */
function clauseStart(ctx: SentenceContext, at: number): number {
  for (let k = at - 1; k > ctx.attribution.start; k--) {
    const t = ctx.tokens[k];
    if (t && t.lower !== 'as' && t.lower !== 'when' && lexicon.clauseBreaks.has(ctx.tokens, k)) return k + 1;
  }
  return ctx.attribution.start;
}

/** Mentions that can be what a stance is about: "we"/"our" never is (the holder does not take a stance on itself). */
function mentionsIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.ids.length > 0 &&
      m.reference !== 'author' &&
      !isAct(ctx, m) &&
      !isModifier(ctx, m) &&
      !isOwned(ctx, m),
  );
}

/** "Ukraine's sovereignty": an issue owned by an actor stands for that actor, who is the target. */
function isOwned(ctx: SentenceContext, m: Mention): boolean {
  if (m.ids.some((id) => isActorId(ctx, id))) return false;
  return ctx.mentions.some((o) => o.possessive && o.end === m.start - 1 && isActor(ctx, o));
}

/** "human rights abuses", "data security concerns": an issue named as a modifier of another noun. */
function isModifier(ctx: SentenceContext, m: Mention): boolean {
  if (m.ids.some((id) => isActorId(ctx, id))) return false;
  const next = ctx.tokens[m.end];
  return next !== undefined && next.pos === 'NOUN' && !ctx.mentions.some((o) => o.start === m.end);
}

/** "Russia's invasion", "an act of aggression against": a hostile act is a cue about actors, not an issue. */
function isAct(ctx: SentenceContext, m: Mention): boolean {
  return ACTS.has(ctx.tokens[m.end - 1]?.lower ?? '');
}

/** The actor a cue belongs to: "X-proposed", "X's support", else the subject of its clause, else the speaker. */
function holder(ctx: SentenceContext, cue: Cue): string[] {
  const { tokens, mentions } = ctx;
  const compound = mentions.find((m) => m.end === cue.at - 1 && tokens[cue.at - 1]?.text === '-');
  if (compound) return compound.ids;
  if (cue.type !== 'verb') {
    const owner = possessorBefore(ctx, cue.at);
    if (owner) return owner.ids;
  }
  // "India's interest in joining X": a gerund after a preposition belongs to the owner of the noun before it.
  if (tokens[cue.at]?.lower.endsWith('ing') && lexicon.prepositions.has(tokens[cue.at - 1]?.lower ?? '')) {
    const owner = possessorBefore(ctx, cue.at - 2);
    if (owner) return owner.ids;
  }
  // "..., the statement by the UN Security Council, condemning X": the participle belongs to the actor before it.
  if (cue.type === 'verb' && tokens[cue.at]?.lower.endsWith('ing') && tokens[cue.at - 1]?.text === ',') {
    const before = mentions.filter((m) => m.end < cue.at && !m.reference && isActor(ctx, m));
    const nearest = before[before.length - 1];
    if (nearest && nearest.start >= clauseStart(ctx, cue.at)) return nearest.ids;
  }
  return subject(ctx, cue.at) ?? (unnamedSubject(ctx, cue.at) ? [] : speakerOrAuthors(ctx));
}

/** "some countries are politicizing ...": the clause has a subject, but not one we can name. */
function unnamedSubject(ctx: SentenceContext, at: number): boolean {
  const from = clauseStart(ctx, at);
  let inPhrase = false;
  for (let k = from; k < at; k++) {
    const t = ctx.tokens[k];
    if (!t) break;
    if (lexicon.prepositions.has(t.lower) || t.pos === 'VERB') inPhrase = true;
    else if (t.text === ',') inPhrase = false;
    else if ((t.pos === 'NOUN' || t.pos === 'PRON') && !inPhrase) return true;
  }
  return false;
}

function possessorBefore(ctx: SentenceContext, at: number): Mention | undefined {
  for (const m of ctx.mentions) {
    if (!m.possessive || m.ids.length === 0 || m.end >= at || at - m.end > 4) continue;
    let ok = true;
    for (let k = m.end + 1; k < at && ok; k++)
      ok = ['ADJ', 'ADV', 'CCONJ', 'PUNCT'].includes(ctx.tokens[k]?.pos ?? '');
    if (ok) return m;
  }
  return undefined;
}

/** The first group of actors in the clause before `at` that is not inside a prepositional phrase. */
function subject(ctx: SentenceContext, at: number): string[] | undefined {
  const { tokens } = ctx;
  const from = clauseStart(ctx, at);
  const before = ctx.mentions.filter(
    (m) => m.start >= from && m.end <= at && m.ids.length > 0 && !inCondition(ctx, m),
  );
  for (const group of coordinatedGroups(tokens, before)) {
    const first = group[0];
    if (!first) continue;
    const prev = tokens[first.start - 1];
    if (prev && lexicon.prepositions.has(prev.lower)) continue;
    if (first.possessive && group.length === 1 && !isActor(ctx, first)) continue;
    const ids = group.flatMap((m) => m.ids).filter((id) => isActorId(ctx, id));
    if (ids.length > 0) return ids;
  }
  return undefined;
}

function speakerOrAuthors(ctx: SentenceContext): string[] {
  const speaker = ctx.attribution.speaker?.ids ?? [];
  return speaker.length > 0 ? speaker : [...ctx.authors];
}

function isActorId(ctx: SentenceContext, id: string): boolean {
  const kind = ctx.registry.entities.get(id)?.kind;
  return kind === 'Person' || kind === 'Country' || kind === 'Organization';
}

function isActor(ctx: SentenceContext, m: Mention): boolean {
  return m.ids.some((id) => isActorId(ctx, id));
}

function isTarget(ctx: SentenceContext, id: string): boolean {
  const kind = ctx.registry.entities.get(id)?.kind;
  return kind !== undefined && kind !== 'Place';
}

/** Who suffers a hostile act: "attacks on X", "war against X", "invasion of X". */
function actPatients(ctx: SentenceContext, cue: Cue, scope: Scope): Mention[] {
  const end = regionEnd(ctx, cue, scope);
  return mentionsIn(ctx, cue.end, end).filter((m) => {
    for (let k = m.start - 1; k >= cue.end; k--) {
      const w = ctx.tokens[k]?.lower ?? '';
      if (PATIENT_PREPOSITIONS.has(w)) return true;
      if (AGENT_PREPOSITIONS.has(w)) return false;
    }
    return false;
  });
}

function modalityOf(tokens: readonly Token[], cue: Cue, from: number): Modality {
  let modality: Modality = 'stated';
  for (let k = Math.max(from, cue.at - 8); k < cue.at; k++) {
    if (lexicon.obligated.has(tokens, k)) return 'obligated';
    if (lexicon.intended.has(tokens, k)) modality = 'intended';
  }
  return modality;
}

function cuePositions(
  ctx: SentenceContext,
  cue: Cue,
  scope: Scope,
  shielded: ReadonlySet<Mention>,
): Position[] {
  const { cues } = scope;
  const end = regionEnd(ctx, cue, scope);
  const governed = mentionsIn(ctx, cue.end, end);
  let sources: string[];
  let targets: string[];
  if (cue.type === 'evaluation') {
    // A judgement ("destructive steps", "brutal war"): the speaker opposes whom it judges, and their schemes.
    sources = speakerOrAuthors(ctx);
    const judged =
      possessorBefore(ctx, cue.at)?.ids ?? agentIn(ctx, governed) ?? judgedSubject(ctx, cue, cues) ?? [];
    // The schemes of whom it judges, named after the judgement ("destructive steps, follows the X strategy").
    const schemes = mentionsIn(ctx, cue.end, ctx.attribution.end)
      .flatMap((m) => m.ids)
      .filter((id) => ['Initiative', 'Concept'].includes(ctx.registry.entities.get(id)?.kind ?? ''));
    targets = cue.relation === 'OPPOSES' && judged.length > 0 ? [...judged, ...schemes] : judged;
  } else if (cue.type === 'act') {
    const modifier = ctx.mentions.find((m) => m.end === cue.at && m.ids.length > 0);
    const agent = possessorBefore(ctx, cue.at)?.ids ?? modifier?.ids ?? agentIn(ctx, governed);
    if (!agent) return [];
    sources = agent.filter((id) => isActorId(ctx, id));
    targets = actPatients(ctx, cue, scope).flatMap((m) => m.ids);
  } else if (cue.passive) {
    const by = governed.find((m) => ctx.tokens[m.start - 1]?.lower === 'by');
    sources = by?.ids ?? speakerOrAuthors(ctx);
    targets =
      subject(ctx, cue.at) ??
      ctx.mentions.filter((m) => m.end <= cue.at && m.start >= ctx.attribution.start).flatMap((m) => m.ids);
  } else {
    sources = holder(ctx, cue);
    const reciprocal = governed.length === 0 && hasReciprocal(ctx.tokens, cue.end, end);
    const listing = cue.type === 'noun' && listsExamples(ctx.tokens, cue.end);
    const objects = governed.filter(
      (m) =>
        !shielded.has(m) &&
        !isCompoundHolder(ctx, m) &&
        !isSetting(ctx, cue, m) &&
        !(listing && lexicon.topicPrepositions.has(ctx.tokens[m.start - 1]?.lower ?? '')),
    );
    const linked =
      cue.type !== 'noun' ||
      NOUN_LINKS.has(ctx.tokens[cue.end]?.lower ?? '') ||
      listsExamples(ctx.tokens, cue.end);
    targets = reciprocal ? sources : linked ? objects.flatMap((m) => m.ids) : [];
    if (lexicon.actorTargetsOnly.has(ctx.tokens[cue.at]?.lower ?? ''))
      targets = targets.filter((id) => isActorId(ctx, id));
  }
  const modality = modalityOf(ctx.tokens, cue, ctx.attribution.start);
  const result: Position[] = [];
  for (const source of sources) {
    for (const target of targets) {
      if (isTarget(ctx, target)) result.push({ source, relation: cue.relation, target, modality });
    }
  }
  return result;
}

/** "attacks from X", "an attack by X": who does it. */
function agentIn(ctx: SentenceContext, governed: readonly Mention[]): string[] | undefined {
  return governed.find((m) => AGENT_PREPOSITIONS.has(ctx.tokens[m.start - 1]?.lower ?? ''))?.ids;
}

/** The subject judged by an evaluation, unless a stance verb stands between them (then that verb is the story). */
function judgedSubject(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): string[] | undefined {
  const from = clauseStart(ctx, cue.at);
  if (cues.some((c) => c.type === 'verb' && c.at >= from && c.at < cue.at)) return undefined;
  const ids = subject(ctx, cue.at);
  const referred = ctx.mentions.some((m) => m.reference && m.start >= from && m.end <= cue.at);
  return referred ? undefined : ids;
}

/**
 * "safeguard the UN in the international system": after the object, an abstract thing introduced by "in",
 * "at", "during" is the setting, not a second object. Actors there stay ("attacks from forces in the US").
 */
function isSetting(ctx: SentenceContext, cue: Cue, m: Mention): boolean {
  if (m.ids.some((id) => isActorId(ctx, id))) return false;
  for (let k = m.start - 1; k >= cue.end; k--) {
    const w = ctx.tokens[k]?.lower ?? '';
    if (lexicon.topicPrepositions.has(w)) return k > cue.end;
    if (w === ',' || w === 'and') return false;
  }
  return false;
}

/** "China" in "the China-proposed initiative" holds the stance; it is not what the stance is about. */
function isCompoundHolder(ctx: SentenceContext, m: Mention): boolean {
  return ctx.tokens[m.end]?.text === '-' && lexicon.verbs.has(ctx.tokens, m.end + 1);
}

function hasReciprocal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lexicon.reciprocal.has(tokens, k)) return true;
  return false;
}
