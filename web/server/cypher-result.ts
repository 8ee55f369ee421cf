// A console result built record by record within its caps: at most `rowCap` rows and `byteCap` bytes of
// JSON (the rows, and the nodes and relationships drawn from them), so that no query makes the server
// hold or send hundreds of megabytes. The caller stops reading as soon as a record does not fit.
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherNode, CypherRelationship } from '../shared/api.ts';
import { newGraphSink, toJson, type GraphSink } from './neo4j-json.ts';

export interface ResultCaps {
  rowCap: number;
  byteCap: number;
}

export class ResultBuilder {
  readonly rows: unknown[][] = [];
  readonly sink: GraphSink = newGraphSink();
  cappedBy: 'rows' | 'bytes' | null = null;
  private bytes = 0;

  constructor(private readonly caps: ResultCaps) {}

  /** Adds a record's row; false, leaving it out, when it would pass a cap. */
  add(record: Neo4jRecord): boolean {
    if (this.rows.length === this.caps.rowCap) {
      this.cappedBy = 'rows';
      return false;
    }
    const before = { nodes: this.sink.nodes.size, relationships: this.sink.relationships.size };
    const row = record.keys.map((key) => toJson(record.get(key), this.sink));
    const drawn = [
      ...added(this.sink.nodes, before.nodes),
      ...added(this.sink.relationships, before.relationships),
    ];
    const bytes =
      JSON.stringify(row).length + drawn.reduce((sum, part) => sum + JSON.stringify(part).length, 0);
    if (this.bytes + bytes > this.caps.byteCap) {
      for (const part of drawn) {
        this.sink.nodes.delete(part.elementId);
        this.sink.relationships.delete(part.elementId);
      }
      this.cappedBy = 'bytes';
      return false;
    }
    this.bytes += bytes;
    this.rows.push(row);
    return true;
  }
}

/** The entries a map received past its first `size` (a Map keeps insertion order). */
function added<T extends CypherNode | CypherRelationship>(map: Map<string, T>, size: number): T[] {
  return [...map.values()].slice(size);
}
