// Step 3: who "he", "they", "the two sides" and "we" stand for, from what the document said before.
import { coordinatedGroups } from './groups.ts';
import { meetingIn, type Meeting } from './meetings.ts';
import type { EntityKind } from '../model.ts';
import type { Mention } from './mention.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';

const MAX_GROUPS = 8;

/** A state: what "the government" stands for. */
const isStateKind = (kind: EntityKind | undefined): boolean => kind === 'Country';
/** A state or another organisation: what "its" stands for. */
const isBodyKind = (kind: EntityKind | undefined): boolean => kind === 'Country' || kind === 'Organization';
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
const BARE_PLURALS = new Set(['they', 'them', 'their']);

const isPluralNoun = (t: Token): boolean => t.pos === 'NOUN' && t.lower !== t.lemma && t.lower.endsWith('s');

/** The sentence's first mention, with no verb before it: its subject ("President Biden also urged"). */
function isSubject(tokens: readonly Token[], m: Mention): boolean {
  for (let k = 0; k < m.start; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'VERB' || t.pos === 'ADP' || t.text === ',') return false;
  }
  return true;
}

/** The state carried from sentence to sentence. */
export class Discourse {
  private lastPerson: string | undefined;
  private lastSpeaker: string | undefined;
  /** The person the last sentence was about (its subject), if it had one: whom a subject "he" continues. */
  private subjectPerson: string | undefined;
  /** The country or organisation named last: whom "its" means. */
  private lastBody: string | undefined;
  /** The country named last: whom "the government" means. */
  private lastState: string | undefined;
  private lastGroup: string[] = [];
  /** The last groups named or referred to, newest last: "the two leaders" may look past a list of three. */
  private groups: string[][] = [];
  /** The actors of the last plural subject ("Sullivan and his counterparts"): whom a bare "they" means. */
  private lastPluralSubject: string[] = [];
  /**
   * Sentences since that subject and since the last group: a bare "they" looks two sentences back at
   * most (one may speak of someone else); further back it is a guess, often wrong in long transcripts.
   */
  private sincePluralSubject = 0;
  private sinceGroup = 0;

  constructor(
    private readonly registry: Registry,
    /** Who "we" are when nobody is quoted: the signatories of a joint statement, the author of a statement. */
    public authors: readonly string[],
  ) {}

  /** Fills in the ids of the reference mentions of one sentence. */
  resolve(tokens: readonly Token[], mentions: readonly Mention[], speaker: Mention | undefined): void {
    for (const m of mentions) {
      if (m.reference === 'person') {
        const isSpeaker = m === speaker;
        // "Bolsonaro has said ..., and his critics blame him": a person named earlier in the sentence.
        const here = isSpeaker ? undefined : this.personBefore(tokens, mentions, m);
        // "Biden urged Hun Sen to ... He also called for ...": a subject goes on being the subject.
        const continued = isSubject(tokens, m) ? this.subjectPerson : undefined;
        const id =
          here ??
          (isSpeaker
            ? (this.lastSpeaker ?? this.lastPerson)
            : (continued ?? this.lastPerson ?? this.lastSpeaker));
        m.ids = id ? [id] : [];
      } else if (m.reference === 'group') {
        m.ids = this.group(tokens, mentions, m);
      } else if (m.reference === 'body') {
        m.ids = this.body(mentions, m);
      } else if (m.reference === 'state') {
        m.ids = this.state(mentions, m);
      } else if (m.reference === 'author') {
        // "we" inside a quote is the speaker's side; elsewhere the authors of the document.
        m.ids = speaker && speaker !== m && speaker.ids.length > 0 ? [...speaker.ids] : [...this.authors];
      }
    }
  }

  /**
   * The person named earlier in the sentence: the last one, except that a subject pronoun ("he", "she")
   * prefers the subject ("Mitsotakis met with Trump, where he denounced ...": Mitsotakis).
   */
  private personBefore(
    tokens: readonly Token[],
    mentions: readonly Mention[],
    reference: Mention,
  ): string | undefined {
    const people = mentions.filter(
      (o) => !o.reference && o.end <= reference.start && this.soleKind(o.ids) === 'Person',
    );
    const verb = tokens.findIndex((t) => t.pos === 'VERB');
    const subject = people[0] && verb >= people[0].end ? people[0] : undefined;
    const nominative = SUBJECT_PRONOUNS.has(tokens[reference.start]?.lower ?? '');
    return (nominative && subject ? subject : people.at(-1))?.ids[0];
  }

  /** "the Cuban government's repression and its support": the country or body named last, here or before. */
  private body(mentions: readonly Mention[], reference: Mention): string[] {
    const named = mentions.findLast((o) => !o.reference && o.end <= reference.start && this.isBody(o.ids));
    const id = named ? this.registry.principal(named.ids[0] ?? '') : this.lastBody;
    return id ? [id] : [];
  }

  /** "the government": the state named last, here or before (an agency or a party is no government). */
  private state(mentions: readonly Mention[], reference: Mention): string[] {
    const named = mentions.findLast((o) => !o.reference && o.end <= reference.start && this.isState(o.ids));
    const id = named ? named.ids[0] : this.lastState;
    return id ? [id] : [];
  }

  private isState(ids: readonly string[]): boolean {
    return isStateKind(this.soleKind(ids));
  }

  private isBody(ids: readonly string[]): boolean {
    return isBodyKind(this.soleKind(ids));
  }

  /** The kind of the one actor a mention names (undefined when it names none or several). */
  private soleKind(ids: readonly string[]): EntityKind | undefined {
    return ids.length === 1 ? this.registry.entities.get(ids[0] ?? '')?.kind : undefined;
  }

  /**
   * "China and Russia ... both countries": actors named together earlier in the sentence; "the Ukrainian
   * people in their efforts": for a bare "they", the actors named just before. Else the recent plural
   * subject ("Sullivan and his counterparts met. They agreed"), or the actors last named together. Only a
   * group phrase ("the two sides") looks further: the last pair however far back, the authors, the two
   * actors the document is most about; for a bare "they" that is too often wrong (the adversaries named
   * most).
   */
  private group(tokens: readonly Token[], mentions: readonly Mention[], reference: Mention): string[] {
    const before = mentions.filter((o) => !o.reference && o.end <= reference.start && o.ids.length > 0);
    const here = largestGroup(tokens, before, this.registry, meetingIn(tokens, before));
    // "the two leaders", "both sides": a group of that size when one is in sight ("the two leaders"
    // after a list of three partners), else as any group phrase (people may share a principal).
    const size = sizeOf(tokens, reference);
    if (size && here.length === size) return here;
    if (here.length > 1) return size ? this.groupOf(size, here) : here;
    if (BARE_PLURALS.has(tokens[reference.start]?.lower ?? '')) {
      // "deny these individuals their ability": a plural noun in between is the likelier antecedent.
      const after = before[before.length - 1]?.end ?? 0;
      if (tokens.slice(after, reference.start).some(isPluralNoun)) return [];
      const groups = coordinatedGroups(tokens, before);
      const last = groups[groups.length - 1];
      const named = last ? actorsOf(last, this.registry) : [];
      if (named.length > 0) return named;
      return this.recentPlural();
    }
    const recent = this.recentPlural();
    const fallback =
      recent.length > 0
        ? recent
        : this.lastGroup.length > 1
          ? [...this.lastGroup]
          : this.authors.length > 1
            ? [...this.authors]
            : this.leadingPair();
    return size ? this.groupOf(size, fallback) : fallback;
  }

  /** The latest group of `size` actors in sight (this sentence's, the recent plural, the groups named before), else `fallback`. */
  private groupOf(size: number, fallback: string[]): string[] {
    const recent = this.recentPlural();
    if (recent.length === size) return recent;
    if (this.lastGroup.length === size) return [...this.lastGroup];
    return [...(this.groups.findLast((ids) => ids.length === size) ?? fallback)];
  }

  /** Remembers who was mentioned, who spoke and which actors were named together (or met). */
  update(
    tokens: readonly Token[],
    mentions: readonly Mention[],
    speaker: Mention | undefined,
    meeting: Meeting | undefined,
  ): void {
    for (const m of mentions) {
      for (const id of m.ids) if (this.registry.entities.get(id)?.kind === 'Person') this.lastPerson = id;
      if (m.reference) continue;
      // The kind, looked up once, tells both a body and a state.
      const kind = this.soleKind(m.ids);
      if (isBodyKind(kind)) this.lastBody = this.registry.principal(m.ids[0] ?? '');
      if (isStateKind(kind)) this.lastState = m.ids[0];
    }
    const subject = mentions.find((m) => isSubject(tokens, m));
    const person = subject?.ids.length === 1 ? subject.ids[0] : undefined;
    this.subjectPerson = person && this.registry.entities.get(person)?.kind === 'Person' ? person : undefined;
    const spoke = speaker?.ids.find((id) => this.registry.entities.get(id)?.kind === 'Person');
    if (spoke) this.lastSpeaker = spoke;
    const group = largestGroup(tokens, mentions, this.registry, meeting);
    this.sinceGroup = group.length > 1 ? 0 : this.sinceGroup + 1;
    if (group.length > 1) this.lastGroup = group;
    this.remember(group);
    for (const m of mentions) if (m.reference === 'group') this.remember(m.ids);
    const plural = pluralSubject(tokens, mentions, this.registry);
    this.sincePluralSubject = plural.length > 0 ? 0 : this.sincePluralSubject + 1;
    if (plural.length > 0) this.lastPluralSubject = plural;
  }

  /** Keeps a group of two or more among the last MAX_GROUPS. */
  private remember(ids: string[]): void {
    if (ids.length > 1) this.groups = [...this.groups.slice(1 - MAX_GROUPS), ids];
  }

  /**
   * The last plural subject, or the pair named together that holds it, two sentences back at most:
   * "Harris spoke with Martin of Ireland. The Vice President and the Taoiseach (unknown) discussed ...
   * They agreed", "The G7 leaders gathered. The leaders pledged".
   */
  private recentPlural(): string[] {
    const subject = this.sincePluralSubject < 2 ? this.lastPluralSubject : [];
    const pair = this.sinceGroup < 2 ? this.lastGroup : [];
    return pair.length > 1 && subject.every((id) => pair.includes(id)) ? [...pair] : [...subject];
  }

  /** The two actors the document is most about, when "the two sides" has no antecedent in sight. */
  private leadingPair(): string[] {
    const counts = new Map<string, number>();
    for (const e of this.registry.entities.values()) {
      if (e.kind !== 'Person' && e.kind !== 'Country') continue;
      const p = this.registry.principal(e.id);
      counts.set(p, (counts.get(p) ?? 0) + e.count);
    }
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([id]) => id);
  }
}

/**
 * Actors named together: "China and Russia", "X met with Y", "the United States, India, Brazil, and South
 * Africa". Returned as principals (a person stands for the country they represent); a group of fewer than
 * two is of no use to the callers, and a run of mentions with fewer than two ids cannot make one, so
 * such runs (most sentences have nothing else) are not looked up.
 */
export function largestGroup(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  registry: Registry,
  meeting: Meeting | undefined,
): string[] {
  let best: string[] = [];
  for (const group of coordinatedGroups(tokens, mentions)) {
    if (idCount(group) <= Math.max(1, best.length)) continue;
    const actors = actorsOf(group, registry);
    if (actors.length > best.length) best = actors;
  }
  const met = meeting ? actorsOf([meeting.first, ...meeting.partners], registry) : [];
  const largest = met.length > best.length ? met : best;
  return largest.length > 1 ? largest : [];
}

function idCount(group: readonly Mention[]): number {
  let count = 0;
  for (const m of group) count += m.ids.length;
  return count;
}

/**
 * The actors of a plural subject before the sentence's first verb: "Mr. Sullivan and his counterparts
 * discussed" gives the United States (the counterparts go unnamed), "Officials from Japan and Korea met"
 * Japan and Korea. Empty when the subject is one actor or none, or not plural.
 */
function pluralSubject(tokens: readonly Token[], mentions: readonly Mention[], registry: Registry): string[] {
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb <= 0) return [];
  const subject = mentions.filter((m) => m.end <= verb);
  // No mention before the verb names no actor: most sentences need no look at their words.
  if (subject.length === 0) return [];
  const plural = subject.some((m) => m.reference === 'group') || hasPluralBefore(tokens, verb);
  return plural ? actorsOf(subject, registry) : [];
}

/** A conjunction or a plural noun before token `end` (a loop: no copy of the tokens for every sentence). */
function hasPluralBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'CCONJ' || isPluralNoun(t)) return true;
  }
  return false;
}

const NUMBER_WORDS = new Map([
  ['both', 2],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
]);

/** How many actors a group phrase counts: "the two sides" 2, "both countries" 2, "the leaders" none. */
function sizeOf(tokens: readonly Token[], reference: Mention): number | undefined {
  for (let k = reference.start; k < reference.end; k++) {
    const size = NUMBER_WORDS.get(tokens[k]?.lower ?? '');
    if (size) return size;
  }
  return undefined;
}

function actorsOf(group: readonly Mention[], registry: Registry): string[] {
  const ids = new Set<string>();
  for (const m of group) {
    for (const id of m.ids) {
      const kind = registry.entities.get(id)?.kind;
      if (kind === 'Person' || kind === 'Country' || kind === 'Organization') ids.add(registry.principal(id));
    }
  }
  return [...ids];
}
