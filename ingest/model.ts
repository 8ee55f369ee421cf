// The domain model shared by extraction, the store and the web app. Plain data only: everything that
// crosses a module boundary (or a worker thread, or JSON) is one of these types.

export const ENTITY_KINDS = ['Person', 'Country', 'Organization', 'Initiative', 'Concept', 'Place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The closed set of stances. Relationship types cannot be Cypher parameters, so this list is the only map. */
export const STANCES = ['SUPPORTS', 'OPPOSES', 'PROPOSES'] as const;
export type Stance = (typeof STANCES)[number];

export const LINK_RELATIONS = ['REPRESENTS', 'MEMBER_OF', 'MEETS'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** How firmly a position is put: "supports" (stated), "is ready to support" (intended), "should support" (obligated). */
export const MODALITIES = ['stated', 'intended', 'obligated'] as const;
export type Modality = (typeof MODALITIES)[number];

/** One input document as read from a file, a JSONL line or stdin. */
export interface SourceDocument {
  /** Stable id: the JSONL `id`, else derived from the path, else a hash of the text. */
  id: string;
  title?: string;
  /** ISO 8601 date (YYYY-MM-DD or a full timestamp) when the input has one. */
  date?: string;
  url?: string;
  /** Where it came from, e.g. `articles/a.txt`, `bench/2021.jsonl:17` or `stdin`. */
  origin: string;
  text: string;
}

/** Document metadata without its text, as stored and shown. */
export type DocumentInfo = Omit<SourceDocument, 'text'>;

export interface Entity {
  /** Canonical id: ISO 3166 alpha-3 for countries (e.g. `CHN`), a stable slug otherwise (e.g. `wang-yi`). */
  id: string;
  label: string;
  kind: EntityKind;
  /** Every other surface form seen for it (short names, acronyms, titled names, metonyms, descriptions). */
  aliases: string[];
  /** For a person: the country or organisation they speak for, as an entity id. */
  represents?: string;
  /** For a person: their role for `represents`, e.g. "Foreign Minister". */
  role?: string;
}

/** Where a claim or link is said: enough to quote the sentence and highlight it in the document. */
export interface Evidence {
  documentId: string;
  /** 0-based index of the sentence in the document. */
  sentenceIndex: number;
  /** The sentence, verbatim. */
  sentence: string;
  /** Character offsets of the sentence in the document text (end exclusive, UTF-16 code units). */
  start: number;
  end: number;
}

/** One statement of a position: `source RELATION target`, said by `speaker`. */
export interface Claim {
  /** Content hash of document, sentence, source, relation and target: re-ingesting changes nothing. */
  id: string;
  source: string;
  relation: Stance;
  target: string;
  /** Entity id of who said it (the source itself when not reported speech). */
  speaker?: string;
  modality: Modality;
  evidence: Evidence;
}

/** A structural fact: a person REPRESENTS a country, a country is MEMBER_OF an organisation, two actors MEET. */
export interface Link {
  id: string;
  source: string;
  relation: LinkRelation;
  target: string;
  role?: string;
  evidence: Evidence;
}

/** Everything extracted from one document. Entity ids are canonical, so graphs of documents merge on them. */
export interface DocumentGraph {
  document: DocumentInfo;
  sentenceCount: number;
  wordCount: number;
  /** The entities this document mentions, with the aliases seen in it. */
  entities: Entity[];
  /** Mention counts per entity id in this document. */
  mentions: Record<string, number>;
  claims: Claim[];
  links: Link[];
}

/**
 * The first end of a claim or link that is not among the document's entities, with its edge: every edge
 * must join two entities the document lists, so any answer here is an extraction bug.
 */
export function unlistedEnd(graph: DocumentGraph): { edge: Claim | Link; end: string } | undefined {
  const listed = new Set(graph.entities.map((e) => e.id));
  for (const edge of [...graph.claims, ...graph.links]) {
    const end = [edge.source, edge.target].find((id) => !listed.has(id));
    if (end !== undefined) return { edge, end };
  }
  return undefined;
}
