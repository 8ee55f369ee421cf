// The shapes the extractor sees. Everything here is plain data built once by loadKnowledge().
import type { Entity } from '../model.ts';

/** An office held, e.g. Wang Yi, Foreign Minister of CHN from 2023-07. Dates are YYYY or YYYY-MM. */
export interface Term {
  role: string;
  represents: string;
  from?: string;
  /** Absent while the term runs. */
  to?: string;
}

/**
 * An entity the knowledge base knows: the domain Entity (for an Organization, `represents` is the country
 * it belongs to, e.g. the State Department) plus what helps find it in text.
 */
export interface KnownEntity extends Entity {
  /** A club of states: its member countries, ISO alpha-3. */
  members?: string[];
  /** Person: the name used alone in text ("Xi" for Xi Jinping, "Lavrov" for Sergei Lavrov). */
  surname?: string;
  /** Person: the offices that make them speak for someone, newest first. */
  terms?: Term[];
  /** Seats and places that stand for it ("Brussels" for the EU). */
  metonyms?: string[];
}

export interface Country extends KnownEntity {
  iso2: string;
  iso3: string;
  /** Adjectives and plural nouns: "Chinese", "South Korean", "Russians". */
  demonyms: string[];
  capitals: string[];
  metonyms: string[];
}

export interface Role {
  /** Slug of the office, e.g. `foreign-minister`. */
  id: string;
  /** The generic title, e.g. "Foreign Minister". */
  title: string;
  /** Every wording of it, e.g. "Minister of Foreign Affairs", "Secretary of State", "top diplomat". */
  variants: string[];
  /** Whose position the holder states: their country, or the organisation they lead or speak for. */
  speaksFor: 'country' | 'organization';
}

/** A common noun for a part or aspect of a state: "Foreign Ministry", "government", "side", "people". */
export interface Body {
  id: string;
  title: string;
  variants: string[];
  /** `country`: "the Russian government" is Russia itself; `organization`: "the Chinese Foreign Ministry" is a body of China. */
  refersTo: 'country' | 'organization';
}

/**
 * A role noun with its sector, from PETRARCH2's agents: "diplomat" GOV, "lawmakers" LEG, "rebels" REB.
 * "a senior Iranian diplomat", "Russian lawmakers", "Turkish officials": the demonym says whose.
 */
export interface Agent {
  /** The noun as the data writes it, lower case ("foreign ministry official"). */
  noun: string;
  /** CAMEO sector: GOV, MIL, SPY, COP (the state), LEG, JUD (its bodies), OPP, REB, PTY, MED, CVL... */
  sector: string;
  /**
   * Whom the holder speaks for: `country` (government, armed forces, intelligence, police: "Turkish
   * officials" are Turkey), `body` (legislators, courts: the country's parliament or judiciary), or
   * `none` (opposition, rebels, parties, media, civil society, former officials: only themselves).
   */
  speaksFor: 'country' | 'body' | 'none';
}

export interface NameMatch {
  entity: KnownEntity;
  length: number;
  /** The words often mean something else ("Georgia" the US state, "Jordan" the name): want more context. */
  ambiguous?: boolean;
}

export interface KnowledgeBase {
  /** By id, all kinds incl. countries and people. */
  entities: ReadonlyMap<string, KnownEntity>;
  countries: readonly Country[];
  roles: readonly Role[];
  bodies: readonly Body[];
  honorifics: readonly string[];
  /** Names claimed by more than one entity (the first in load order keeps them): for data maintenance. */
  conflicts: readonly string[];
  /**
   * Longest known name starting at tokens[i]: case-insensitive for names, exact case for acronyms and short
   * all-caps forms (so "US", "WHO", "IT" never match "us", "who", "it"); a leading "the" is included in the
   * length (except before a person); a name written all in lower case matches only a Concept.
   */
  matchName(tokens: readonly string[], i: number): NameMatch | undefined;
  /** The entity a whole name stands for ("Wang Yi", "the UN"), if known. */
  lookup(name: string): KnownEntity | undefined;
  /** Country for a demonym adjective or plural ("Chinese", "Russians", "South Korean"), capitalised. */
  countryOfDemonym(word: string): Country | undefined;
  /** Demonym starting at tokens[i] ("South", "Korean" gives length 2). */
  matchDemonym(tokens: readonly string[], i: number): { country: Country; length: number } | undefined;
  /** Country (or org, e.g. Brussels -> EU) for a capital or seat-of-government metonym ("Beijing", "the Kremlin"). */
  metonym(tokens: readonly string[], i: number): { entity: KnownEntity; length: number } | undefined;
  /** Role for a title phrase starting at tokens[i] ("Foreign Minister", "top diplomat", "Secretary of State"). */
  matchRole(tokens: readonly string[], i: number): { role: Role; length: number } | undefined;
  /** Role of a whole title ("Secretary of State" gives the foreign-minister role). */
  findRole(title: string): Role | undefined;
  /** State-part noun starting at tokens[i] ("Foreign Ministry", "government", "side"). */
  matchBody(tokens: readonly string[], i: number): { body: Body; length: number } | undefined;
  /**
   * Role noun starting at tokens[i] ("diplomat", "lawmakers", "foreign ministry officials"), longest
   * first, in any case. The hand roles and bodies (matchRole, matchBody) are not repeated here: ask them
   * first.
   */
  matchAgent(tokens: readonly string[], i: number): { agent: Agent; length: number } | undefined;
  /** Honorific starting at tokens[i] ("Mr.", "His Excellency", "H.E."). */
  matchHonorific(tokens: readonly string[], i: number): { honorific: string; length: number } | undefined;
  /** Known people holding a role for an entity, on a date (YYYY-MM-DD) if given, else at any time. */
  holders(role: Role, represents: string, date?: string): KnownEntity[];
  /** Known people called `surname` alone who held the role at some time ("President Yoon"). */
  titled(surname: string, role: Role): KnownEntity[];
}
