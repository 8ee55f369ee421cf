// Title: Allies of an actor
// Answers: Which actors take the same positions as the given actor (same relation, same target), ranked
//   by how many (relation, target) pairs they share: the congruence of discourse network analysis.
// Params: $id (string) the actor's id, e.g. CHN; $limit (integer, default 25) how many allies at most
// Example: {"id": "CHN"}
MATCH (actor:Entity {id: $id})-[mine:SUPPORTS|OPPOSES|PROPOSES]->(target:Entity)<-[theirs]-(ally:Entity)
WHERE type(theirs) = type(mine) AND ally <> actor
WITH actor, ally, mine, theirs, target
ORDER BY type(mine), toLower(target.name)
WITH actor, ally, collect(DISTINCT type(mine) + ' ' + target.name) AS shared, collect(DISTINCT target) AS targets,
  collect(DISTINCT mine) + collect(DISTINCT theirs) AS statements
RETURN actor, ally, size(shared) AS agreement, shared, targets, statements
ORDER BY agreement DESC, toLower(ally.name)
LIMIT $limit;
