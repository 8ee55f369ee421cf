// Title: Who supports it
// Answers: Which actors support the given entity, and in how many statements? Most statements first.
// Params: $id (string) the entity's id, e.g. CHN or belt-and-road-initiative
// Example: {"id": "belt-and-road-initiative"}
MATCH (actor:Entity)-[r:SUPPORTS]->(target:Entity {id: $id})
RETURN actor, target, count(r) AS statements, collect(r) AS evidence
ORDER BY statements DESC, toLower(actor.name);
