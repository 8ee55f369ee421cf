// Title: Positions of an actor
// Answers: Everything the given actor supports, opposes or proposes, with how many statements each.
// Params: $id (string) the actor's id, e.g. CHN or wang-yi
// Example: {"id": "CHN"}
MATCH (actor:Entity {id: $id})-[r:SUPPORTS|OPPOSES|PROPOSES]->(target:Entity)
RETURN actor, type(r) AS relation, target, count(r) AS statements, collect(r) AS evidence
ORDER BY statements DESC, relation, toLower(target.name);
