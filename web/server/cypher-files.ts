// The server's Cypher lives in cypher/web/*.cypher, one statement per file, parameters only; the names
// are listed here so that a typo is a type error.
import { loadStatement } from '../../db/cypher.ts';

export type WebQuery =
  | 'document-dates'
  | 'documents'
  | 'edge-documents'
  | 'edge-statements'
  | 'edges-statements'
  | 'entities'
  | 'entity'
  | 'entity-statements'
  | 'fulltext-index'
  | 'graph'
  | 'has-documents'
  | 'missing-nodes'
  | 'neighbours'
  | 'nodes'
  | 'search'
  | 'search-fulltext'
  | 'stats';

export function cypher(name: WebQuery): string {
  return loadStatement(`web/${name}.cypher`);
}
