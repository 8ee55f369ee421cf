// Neo4j values to plain JSON. Integers become numbers (strings past 2^53), temporal values ISO strings,
// and every node and relationship met on the way (inside lists, maps and paths too) is collected apart,
// so the app can draw the result as a graph.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import type { CypherNode, CypherRelationship } from '../shared/api.ts';

export interface GraphSink {
  nodes: Map<string, CypherNode>;
  relationships: Map<string, CypherRelationship>;
}

export function newGraphSink(): GraphSink {
  return { nodes: new Map(), relationships: new Map() };
}

/** A JSON value for one Neo4j value. Nodes and relationships also go into `sink` when one is given. */
export function toJson(value: unknown, sink?: GraphSink): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value)) return node(value, sink);
  if (neo4j.isRelationship(value)) return relationship(value, sink);
  if (neo4j.isPath(value)) {
    const nodes = [node(value.start, sink)];
    const relationships = value.segments.map((segment) => {
      nodes.push(node(segment.end, sink));
      return relationship(segment.relationship, sink);
    });
    return { nodes, relationships };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  )
    return value.toString();
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return { srid: toJson(srid), x, y, ...(z === undefined ? {} : { z }) };
  }
  if (Array.isArray(value)) return value.map((item) => toJson(item, sink));
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item, sink)]));
}

function properties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, item]) => [key, toJson(item)]));
}

function node(value: Node, sink?: GraphSink): CypherNode {
  const json: CypherNode = {
    elementId: value.elementId,
    labels: [...value.labels],
    properties: properties(value.properties),
  };
  sink?.nodes.set(json.elementId, json);
  return json;
}

function relationship(value: Relationship, sink?: GraphSink): CypherRelationship {
  const json: CypherRelationship = {
    elementId: value.elementId,
    type: value.type,
    start: value.startNodeElementId,
    end: value.endNodeElementId,
    properties: properties(value.properties),
  };
  sink?.relationships.set(json.elementId, json);
  return json;
}
