import { describe, expect, it } from 'vitest';
import { planRefusal, type PlanNode } from './cypher-plan.ts';

/** A plan from `Operator[details]` lines, each the only child of the one before, on database neo4j. */
function plan(...operators: string[]): PlanNode {
  const nodes = operators.map((line): PlanNode => {
    const [, type = '', details] = /^([^[]+)(?:\[(.*)\])?$/.exec(line) ?? [];
    return {
      operatorType: type.includes('@') ? type : `${type}@neo4j`,
      arguments: { Details: details },
      children: [],
    };
  });
  nodes.reduce((parent, child) => {
    parent.children.push(child);
    return child;
  });
  return nodes[0] as PlanNode;
}

describe('planRefusal', () => {
  it.each([
    // What EXPLAIN reports for `CYPHER 5 SHOW TRANSACTIONS ...` and the like: read queries by type.
    ['SHOW TRANSACTIONS', plan('ProduceResults', 'ShowTransactions'), 'r', /Administration commands/],
    [
      'TERMINATE TRANSACTIONS',
      plan('ProduceResults', 'TerminateTransactions'),
      'r',
      /Administration commands/,
    ],
    ['SHOW SETTINGS', plan('ProduceResults', 'ShowSettings'), 'r', /Administration commands/],
    ['SHOW USERS', plan('AdministrationCommand@system'), 's', /Administration commands/],
    ['LOAD CSV', plan('ProduceResults', 'LoadCSV'), 'r', /LOAD CSV is refused/],
    ['IN TRANSACTIONS', plan('ProduceResults', 'TransactionApply', 'EmptyRow'), 'r', /IN TRANSACTIONS/],
    ['CREATE', plan('ProduceResults', 'Create[(n)]'), 'rw', /reads and writes/],
    ['CREATE INDEX', plan('CreateIndex'), 's', /changes the schema/],
    ['a write procedure', plan('ProduceResults', 'ProcedureCall[db.createLabel($x) :: ()]'), 'w', /writes/],
    [
      'db.awaitIndexes',
      plan('ProduceResults', 'ProcedureCall[db.awaitIndexes() :: ()]'),
      'r',
      /db\.awaitIndexes is refused/,
    ],
    ['an unknown operator', plan('ProduceResults', 'SomethingNew'), 'r', /uses SomethingNew/],
    ['another database', plan('ProduceResults@system', 'AllNodesScan@system[n]'), 'r', /runs on system/],
  ])('refuses %s', (_name, tree, type, message) => {
    expect(planRefusal(tree, type, 'neo4j')).toMatch(message);
  });

  it.each([
    ['MATCH ... LIMIT', plan('ProduceResults[n]', 'Limit[5]', 'NodeByLabelScan[n:Entity]')],
    ['a path search', plan('ProduceResults', 'StatefulShortestPath(All)', 'AllNodesScan')],
    ['db.labels', plan('ProduceResults', 'ProcedureCall[db.labels() :: (label :: STRING)]')],
    [
      'a full-text search',
      plan('ProduceResults', 'ProcedureCall[db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)]'),
    ],
    ['SHOW INDEXES', plan('ProduceResults', 'ShowIndexes')],
    ['the parallel runtime', plan('ProduceResults', 'PartitionedAllNodesScan')],
  ])('lets %s run', (_name, tree) => {
    expect(planRefusal(tree, 'r', 'neo4j')).toBeNull();
  });
});
