// What the API reads from Neo4j, one function per endpoint. Every statement is a file in cypher/web/,
// run in a read transaction with parameters only; results are plain JSON shapes from web/shared/api.ts.
import neo4j, { type Driver } from 'neo4j-driver';
import { STANCES } from '../../ingest/model.ts';
import type {
  DocumentItem,
  EdgeEvidence,
  EntityDetails,
  EntityRef,
  GraphData,
  GraphEdge,
  GraphFilters,
  GraphNode,
  Relation,
  SearchHit,
  Statement,
  Stats,
} from '../shared/api.ts';
import { cypher, type WebQuery } from './cypher-files.ts';
import { toJson } from './neo4j-json.ts';

export const ENTITY_STATEMENT_LIMIT = 500;
const ENTITY_DOCUMENT_LIMIT = 50;

type Row = Record<string, unknown>;
/** An edge as graph.cypher returns it: the document of each statement, or the document lists of a tie. */
type CitingEdge = Omit<GraphEdge, 'documents'> & { stated: string[]; listed: string[][] };

export class Reads {
  private fulltextIndex: string | undefined;

  constructor(private readonly driver: Driver) {}

  async rows(name: WebQuery, params: Record<string, unknown> = {}): Promise<Row[]> {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
    const { records } = await this.driver.executeQuery(cypher(name), params, { routing: neo4j.routing.READ });
    return records.map((record) => toJson(record.toObject()) as Row);
  }

  async graph(filters: GraphFilters & { relations: Relation[]; limit: number }): Promise<GraphData> {
    const edges = (await this.rows('graph', {
      relations: filters.relations,
      kinds: filters.kinds ?? null,
      document: filters.document ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      limit: neo4j.int(filters.limit + 1),
    })) as unknown as CitingEdge[];
    const truncated = edges.length > filters.limit;
    return this.withNodes(truncated ? edges.slice(0, filters.limit) : edges, truncated);
  }

  async neighbours(id: string, relations: readonly Relation[], limit: number): Promise<GraphData> {
    const edges = (await this.rows('neighbours', {
      id,
      relations,
      limit: neo4j.int(limit + 1),
    })) as unknown as CitingEdge[];
    const truncated = edges.length > limit;
    const data = await this.withNodes(truncated ? edges.slice(0, limit) : edges, truncated);
    if (!data.nodes.some((node) => node.id === id)) data.nodes.push(...(await this.nodes([id])));
    return data;
  }

  /** The nodes of `edges`, and their documents as one table the edges point into. */
  private async withNodes(edges: CitingEdge[], truncated: boolean): Promise<GraphData> {
    const ids = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
    const index = new Map<string, number>();
    const indexed: GraphEdge[] = edges.map(({ stated, listed, ...edge }) => ({
      ...edge,
      documents: [...stated, ...listed.flat()].map((id) => {
        let at = index.get(id);
        if (at === undefined) index.set(id, (at = index.size));
        return at;
      }),
    }));
    const [nodes, dated] = await Promise.all([
      this.nodes(ids),
      index.size === 0 ? [] : this.rows('document-dates', { ids: [...index.keys()] }),
    ]);
    const dates = new Map(dated.map((row) => [row.id as string, (row.date as string | null) ?? null]));
    const documents = [...index.keys()].map((id) => ({ id, date: dates.get(id) ?? null }));
    return { nodes, edges: indexed, documents, truncated };
  }

  private async nodes(ids: string[]): Promise<GraphNode[]> {
    return ids.length === 0 ? [] : ((await this.rows('nodes', { ids })) as unknown as GraphNode[]);
  }

  async entity(id: string): Promise<EntityDetails | null> {
    const [[entity], statements] = await Promise.all([
      this.rows('entity', { id, documents: neo4j.int(ENTITY_DOCUMENT_LIMIT) }),
      this.rows('entity-statements', { id, limit: neo4j.int(ENTITY_STATEMENT_LIMIT + 1) }),
    ]);
    if (!entity) return null;
    const { links, documents, ...fields } = entity;
    const truncated = statements.length > ENTITY_STATEMENT_LIMIT;
    const groups = new Map<string, EntityDetails['groups'][number]>();
    for (const row of statements.slice(0, ENTITY_STATEMENT_LIMIT)) {
      const { outgoing, ...statement } = row as unknown as Statement & { outgoing: boolean };
      const key = `${outgoing ? 'out' : 'in'}:${statement.relation}`;
      let group = groups.get(key);
      if (!group) {
        group = { relation: statement.relation, outgoing, statements: [] };
        groups.set(key, group);
      }
      group.statements.push(statement);
    }
    return {
      entity: fields as unknown as EntityDetails['entity'],
      groups: [...groups.values()],
      links: links as EntityDetails['links'],
      documents: documents as EntityDetails['documents'],
      truncated,
    };
  }

  async edge(source: string, relation: Relation, target: string): Promise<EdgeEvidence | null> {
    const stance = (STANCES as readonly string[]).includes(relation);
    const params = { source, relation, target, limit: neo4j.int(ENTITY_STATEMENT_LIMIT) };
    const [statements, documents, ends] = await Promise.all([
      stance ? this.rows('edge-statements', params) : Promise.resolve([]),
      stance ? Promise.resolve([]) : this.rows('edge-documents', params),
      this.rows('entities', { ids: [source, target] }),
    ]);
    const sourceRow = ends.find((row) => row.id === source);
    const targetRow = ends.find((row) => row.id === target);
    if (!sourceRow || !targetRow) return null;
    return {
      source: ref(sourceRow),
      relation,
      target: ref(targetRow),
      statements: statements as unknown as Statement[],
      documents: documents as unknown as EdgeEvidence['documents'],
    };
  }

  async statements(
    edges: { source: string; relation: string; target: string }[],
    limit: number,
  ): Promise<Statement[]> {
    const stances = edges.filter((edge) => (STANCES as readonly string[]).includes(edge.relation));
    if (stances.length === 0) return [];
    return (await this.rows('edges-statements', {
      edges: stances,
      limit: neo4j.int(limit),
    })) as unknown as Statement[];
  }

  async search(q: string, limit: number): Promise<SearchHit[]> {
    const index = await this.fulltext();
    if (index !== null) {
      const query = luceneQuery(q);
      if (query !== '') {
        const hits = (await this.rows('search-fulltext', {
          index,
          query,
          q,
          limit: neo4j.int(limit),
        })) as unknown as SearchHit[];
        if (hits.length > 0) return hits;
      }
    }
    return (await this.rows('search', { q, limit: neo4j.int(limit) })) as unknown as SearchHit[];
  }

  /**
   * The name of a full-text index over entities; null when the schema has none online. Only a name found
   * is kept: a look-up that failed (Neo4j away) or found none (index still populating) is made again.
   */
  private async fulltext(): Promise<string | null> {
    if (this.fulltextIndex === undefined) {
      const [row] = await this.rows('fulltext-index');
      this.fulltextIndex = row?.name as string | undefined;
    }
    return this.fulltextIndex ?? null;
  }

  async documents(limit: number): Promise<DocumentItem[]> {
    return (await this.rows('documents', { limit: neo4j.int(limit) })) as unknown as DocumentItem[];
  }

  async stats(): Promise<Stats> {
    const [row] = await this.rows('stats');
    return row as unknown as Stats;
  }
}

function ref(row: Row): EntityRef {
  return { id: String(row.id), name: String(row.name), kind: String(row.kind) };
}

/** Typed text to a Lucene prefix query: each word must match the start of a word of a name or alias. */
export function luceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ''))
    .filter(Boolean)
    .map((word) => `${word}*`)
    .join(' AND ');
}
