// Title: Adversaries of an actor
// Answers: Which actors conflict with the given actor: one supports what the other opposes, or one opposes
//   the other (a person, country or organisation) directly. Ranked by the number of distinct conflicts.
// Params: $id (string) the actor's id, e.g. RUS; $limit (integer, default 25) how many adversaries at most
// Example: {"id": "RUS"}
MATCH (actor:Entity {id: $id})
CALL (actor) {
  MATCH (actor)-[mine:SUPPORTS|OPPOSES]->(target:Entity)<-[theirs:SUPPORTS|OPPOSES]-(other:Entity)
  WHERE type(mine) <> type(theirs) AND other <> actor
  RETURN other, type(mine) + ' ' + target.name AS conflict, [mine, theirs] AS statements
  UNION
  MATCH (actor)-[r:OPPOSES]-(other:Person|Country|Organization)
  WHERE other <> actor
  RETURN other, CASE startNode(r) WHEN actor THEN 'opposes ' ELSE 'is opposed by ' END + other.name AS conflict,
    [r] AS statements
}
UNWIND statements AS statement
WITH actor, other, conflict, statement
ORDER BY toLower(conflict)
WITH actor, other, collect(DISTINCT conflict) AS conflicts, collect(DISTINCT statement) AS statements
RETURN actor, other AS adversary, size(conflicts) AS conflicts, conflicts AS issues, statements
ORDER BY conflicts DESC, toLower(adversary.name)
LIMIT $limit;
