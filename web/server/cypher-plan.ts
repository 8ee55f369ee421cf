// The second gate for user Cypher: what Neo4j's planner says the query would do (EXPLAIN), whatever its
// wording, prefix (`CYPHER 5`), comments or casing. The query must be a read query, run on the session's
// database, and use only operators that read the graph; a procedure must be on the allow-list. Anything
// the lists do not know is refused, so a Neo4j version with new operators fails closed. Pure: the tests
// give it plans.
import { isReadProcedure } from './cypher-guard.ts';

/** The part of a plan (the driver's `summary.plan`) that the check reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

// The read operators of Neo4j 5 (Cypher manual, "Operators"), without the `Partitioned` prefix the
// parallel runtime adds. Not here, so refused: every updating operator, LoadCSV, Foreach, the IN
// TRANSACTIONS operators, and the SHOW/TERMINATE commands about transactions and settings.
const READ_OPERATORS = new Set([
  'AllNodesScan',
  'Anti',
  'AntiConditionalApply',
  'AntiSemiApply',
  'Apply',
  'Argument',
  'ArgumentTracker',
  'AssertSameNode',
  'AssertSameRelationship',
  'AssertingMultiNodeIndexSeek',
  'CacheProperties',
  'CartesianProduct',
  'ConditionalApply',
  'DirectedAllRelationshipsScan',
  'DirectedRelationshipByElementIdSeek',
  'DirectedRelationshipByIdSeek',
  'DirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipIndexScan',
  'DirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'Distinct',
  'Eager',
  'EagerAggregation',
  'EmptyResult',
  'EmptyRow',
  'ExhaustiveLimit',
  'Expand(All)',
  'Expand(Into)',
  'Filter',
  'IntersectionNodeByLabelsScan',
  'LetAntiSemiApply',
  'LetSelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSemiApply',
  'Limit',
  'MultiNodeIndexSeek',
  'NodeByElementIdSeek',
  'NodeByIdSeek',
  'NodeByLabelScan',
  'NodeCountFromCountStore',
  'NodeHashJoin',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeIndexScan',
  'NodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'NodeUniqueIndexSeek',
  'NodeUniqueIndexSeekByRange',
  'NullifyMetadata',
  'Optional',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'OrderedAggregation',
  'OrderedDistinct',
  'OrderedUnion',
  'PartialSort',
  'PartialTop',
  'ProcedureCall',
  'ProduceResults',
  'ProjectEndpoints',
  'Projection',
  'RelationshipCountFromCountStore',
  'Repeat(Trail)',
  'RollUpApply',
  'SelectOrAntiSemiApply',
  'SelectOrSemiApply',
  'SemiApply',
  'ShortestPath',
  'ShowConstraints',
  'ShowFunctions',
  'ShowIndexes',
  'ShowProcedures',
  'Skip',
  'Sort',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'SubtractionNodeByLabelsScan',
  'Top',
  'Top1WithTies',
  'Trail',
  'TriadicBuild',
  'TriadicFilter',
  'TriadicSelection',
  'UndirectedAllRelationshipsScan',
  'UndirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByIdSeek',
  'UndirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipTypeScan',
  'UndirectedUnionRelationshipTypesScan',
  'Union',
  'UnionNodeByLabelsScan',
  'Unwind',
  'ValueHashJoin',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS)',
]);

const ADMINISTRATION =
  'Administration commands (transactions, settings, users, databases...) are not available in the ' +
  'console: it only reads the graph.';

/** Operators refused with a message of their own, for what people try. */
const REFUSED: Readonly<Record<string, string>> = {
  AdministrationCommand: ADMINISTRATION,
  ShowTransactions: ADMINISTRATION,
  TerminateTransactions: ADMINISTRATION,
  ShowSettings: ADMINISTRATION,
  LoadCSV:
    'LOAD CSV is refused: the console does not read files or URLs. Ingest documents with `npm run ingest`.',
  TransactionApply:
    'CALL { ... } IN TRANSACTIONS is refused: the console runs one read transaction per query.',
  TransactionForeach:
    'CALL { ... } IN TRANSACTIONS is refused: the console runs one read transaction per query.',
};

const QUERY_TYPES: Readonly<Record<string, string>> = {
  w: 'writes',
  rw: 'reads and writes',
  s: 'changes the schema or administers the server',
};

/** Why the console refuses a query with this plan, or null when it only reads `database`. */
export function planRefusal(plan: PlanNode, queryType: string, database: string): string | null {
  const nodes = [...operators(plan)];
  for (const node of nodes) {
    const refused = REFUSED[name(node)];
    if (refused !== undefined) return refused;
  }
  if (queryType !== 'r')
    return (
      `Refused: this query ${QUERY_TYPES[queryType] ?? `is of type "${queryType}"`}, and the console only ` +
      'runs read queries. The graph is changed by ingesting documents (`npm run ingest`).'
    );
  for (const node of nodes) {
    const at = node.operatorType.split('@')[1];
    if (at !== undefined && at !== database)
      return `The console reads the ${database} database only; this query runs on ${at}.`;
    const operator = name(node);
    if (!READ_OPERATORS.has(operator.replace(/^Partitioned/, '')))
      return `Refused: this query uses ${operator}, which is not one of the operators that read the graph.`;
    if (operator === 'ProcedureCall') {
      const procedure = procedureOf(node);
      if (!isReadProcedure(procedure))
        return `${procedure} is refused: it is not one of the read-only procedures the console allows.`;
    }
  }
  return null;
}

function* operators(plan: PlanNode): Generator<PlanNode> {
  // Iterative: a plan's depth grows with the query, and a query can be long.
  const stack = [plan];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    stack.push(...node.children);
  }
}

/** `Expand(All)@neo4j` -> `Expand(All)`. */
function name(node: PlanNode): string {
  return node.operatorType.split('@')[0] ?? '';
}

/** The procedure a ProcedureCall runs: its details start with the call, `db.labels() :: (...)`. */
function procedureOf(node: PlanNode): string {
  const details = node.arguments.Details;
  return typeof details === 'string' ? (/^[^(]*/.exec(details)?.[0].trim() ?? '') : '';
}
