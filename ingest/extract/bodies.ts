// Organisations of a place, named by the place and a head noun: "Serbian police", "the Argentine Senate"
// (not the U.S. Senate), "Hong Kong Police Force", "the Hong Kong government" (a territory is no state:
// its government is an organisation, and so are "Hong Kong protesters"), "Belarusian KGB", "the US Embassy
// in London".
import names from '../lexicon/names.json' with { type: 'json' };
import type { KnowledgeBase, KnownEntity } from '../knowledge/types.ts';
import { phrases } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
import { headWord, HYPHENS, isAcronym, isCapitalised, spanText } from './names.ts';
import { slug, type Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

const BODIES = phrases(names.placeBodies);
const GOVERNMENTS = phrases(names.placeGovernments);
export const GROUPS = phrases(names.groups);

export class PlaceBodyFinder {
  /** The ministries and other bodies of states met in this document, by state and body. */
  private readonly stateBodies = new Map<string, string>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    private readonly lookups: SentenceLookups,
  ) {}

  find(tokens: readonly Token[], i: number): Mention | undefined {
    const j = tokens[i]?.lower === 'the' ? i + 1 : i;
    const polity = this.polityAt(j);
    if (!polity) return undefined;
    const k = j + polity.length;
    const end = this.bodyEnd(tokens, k, polity.entity);
    if (end === undefined) return undefined;
    const texts = this.lookups.texts;
    this.registry.addKnown(polity.entity, texts.slice(j, k).join(' '));
    const surface = spanText(tokens.slice(j, end));
    // Named by the state's name, the label spells it in full: "United States Embassy in London" for
    // "US Embassy in London" and "U.S. Embassy in London" alike. A demonym stays as written.
    const label = polity.demonym ? surface : `${polity.entity.label} ${spanText(tokens.slice(k, end))}`;
    const known = this.registry.byNameKey(surface) ?? this.registry.byNameKey(label);
    if (known) this.registry.seen(known, surface);
    const entity = known ?? this.registry.addNamed(label, 'Organization', surface);
    const noun = headWord(tokens.slice(k, end));
    if (noun) this.registry.describe(entity.id, noun);
    return mention(i, end, [entity.id]);
  }

  /**
   * "the Turkish Ministry of Foreign Affairs", "the Ministry of Foreign Affairs of Turkey", "the Russian
   * Central Bank": a body of a state named in capitals is an organisation of its own that speaks for the
   * state. In lower case ("the Turkish embassy", "Russian lawmakers") it stands for the state itself.
   */
  stateBody(tokens: readonly Token[], i: number): Mention | undefined {
    const texts = this.lookups.texts;
    const j = tokens[i]?.lower === 'the' ? i + 1 : i;
    // A demonym and a body's name are both capitalised: one test before the look-ups.
    if (!isCapitalised(tokens[j])) return undefined;
    const demonym = this.lookups.demonym(j);
    let state: KnownEntity | undefined = demonym?.country;
    const bodyStart = demonym ? j + demonym.length : j;
    const body = isCapitalised(tokens[bodyStart]) ? this.lookups.body(bodyStart) : undefined;
    if (body?.body.refersTo !== 'organization') return undefined;
    let end = bodyStart + body.length;
    let named = demonym ? [j, bodyStart] : [end, end];
    if (!state && texts[end] === 'of') {
      const owner = this.lookups.name(end + 1);
      if (owner?.entity.kind === 'Country') {
        state = owner.entity;
        named = [end + 1, end + 1 + owner.length];
        end += 1 + owner.length;
      }
    }
    if (!state) return undefined;
    this.registry.addKnown(state, spanText(tokens.slice(named[0], named[1])));
    const surface = spanText(tokens.slice(j, end));
    const key = `${state.id}/${body.body.id}`;
    const met = this.registry.entities.get(this.stateBodies.get(key) ?? '');
    if (met) this.registry.seen(met, surface);
    const entity =
      met ??
      this.registry.add(
        { id: slug(surface), label: surface, kind: 'Organization', represents: state.id },
        surface,
      );
    this.stateBodies.set(key, entity.id);
    const noun = headWord(tokens.slice(bodyStart, bodyStart + body.length));
    if (noun) this.registry.describe(entity.id, noun);
    return mention(i, end, [entity.id]);
  }

  /**
   * "the Trump administration", "the Biden-Harris Administration", "the Putin regime": a government named
   * after its leaders is the state they lead on the document's date. A leader out of office leads none.
   */
  administration(tokens: readonly Token[], i: number): Mention | undefined {
    let j = tokens[i]?.lower === 'the' ? i + 1 : i;
    let leader: string | undefined;
    for (;;) {
      const person = this.lookups.name(j);
      if (person?.entity.kind !== 'Person') break;
      leader ??= this.registry.addKnown(
        person.entity,
        spanText(tokens.slice(j, j + person.length)),
      ).represents;
      j += person.length;
      // "Biden-Harris": a running mate, known or not.
      if (!HYPHENS.has(tokens[j]?.text ?? '') || !isCapitalised(tokens[j + 1])) break;
      j++;
      if (this.lookups.name(j)?.entity.kind !== 'Person') j++;
    }
    const body = leader === undefined ? undefined : this.lookups.body(j);
    const state = leader === undefined ? undefined : this.kb.entities.get(leader);
    if (body?.body.id !== 'government' || !state) return undefined;
    const end = j + body.length;
    return mention(i, end, [this.registry.addKnown(state, spanText(tokens.slice(i, end))).id]);
  }

  private polityAt(j: number): { entity: KnownEntity; length: number; demonym: boolean } | undefined {
    const demonym = this.lookups.demonym(j);
    if (demonym) return { entity: demonym.country, length: demonym.length, demonym: true };
    const named = this.lookups.name(j);
    if (named && (named.entity.kind === 'Country' || named.entity.kind === 'Place'))
      return { entity: named.entity, length: named.length, demonym: false };
    return undefined;
  }

  /** Where the body named after the polity ends, or undefined when none follows it. */
  private bodyEnd(tokens: readonly Token[], k: number, polity: KnownEntity): number | undefined {
    const texts = this.lookups.texts;
    // "Hong Kong Police Force": capitalised words up to the head.
    let end = k;
    while (end < k + 3 && isCapitalised(tokens[end]) && !this.lookups.name(end)) {
      const body = BODIES.match(tokens, end);
      if (body) return end + body.length;
      end++;
    }
    const body = BODIES.match(tokens, k);
    if (body && (isCapitalised(tokens[k]) || tokens[k]?.lower === 'police')) return k + body.length;
    // A territory is no state: its government and the groups that act in it are organisations.
    if (polity.kind === 'Place' && (GOVERNMENTS.has(tokens, k) || GROUPS.has(tokens, k))) return k + 1;
    // "Belarusian KGB": an acronym no list knows.
    const next = tokens[k];
    if (next && isAcronym(next.text) && !this.lookups.name(k)) return k + 1;
    // "the Argentine Senate": a body the knowledge base knows for another state.
    const known = this.lookups.name(k);
    if (
      known?.entity.kind === 'Organization' &&
      known.entity.represents &&
      known.entity.represents !== polity.id
    )
      return k + known.length;
    // "the US Embassy in London": an embassy is named by the city it is in.
    const embassy = this.lookups.body(k);
    if (embassy?.body.id === 'embassy' && texts[k + embassy.length] === 'in') {
      const city = this.lookups.metonym(k + embassy.length + 1) ?? this.lookups.name(k + embassy.length + 1);
      if (city) return k + embassy.length + 1 + city.length;
    }
    return undefined;
  }
}
