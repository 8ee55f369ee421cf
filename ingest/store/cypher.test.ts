// The write Cypher names relationship types where Cypher needs them spelled out: it must keep up with the
// closed lists of ingest/model.ts.
import { describe, expect, it } from 'vitest';
import { loadStatements } from '../../db/cypher.ts';
import { LINK_RELATIONS, STANCES } from '../model.ts';

describe('cypher/write', () => {
  it.each(STANCES.map((stance) => [stance]))('remove-documents.cypher removes %s statements', (stance) => {
    expect(loadStatements('write/remove-documents.cypher')).toContainEqual(
      expect.stringContaining(`MATCH ()-[r:${stance} {documentId: id}]->()`),
    );
  });

  it.each(LINK_RELATIONS.map((relation) => [relation]))('links.cypher merges %s edges', (relation) => {
    expect(loadStatements('write/links.cypher')).toContainEqual(
      expect.stringContaining(`MERGE (s)-[r:${relation}]->(t)`),
    );
  });

  it('remove-documents.cypher finds structural edges of every relation', () => {
    const statements = loadStatements('write/remove-documents.cypher').join('\n');
    expect(statements).toContain(`[r:${LINK_RELATIONS.join('|')}]`);
  });
});
