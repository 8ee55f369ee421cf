// Title: Who proposes it
// Answers: Which actors propose (put forward, launch, call for) the given entity? Most statements first.
// Params: $id (string) the entity's id, e.g. global-initiative-on-data-security
// Example: {"id": "global-initiative-on-data-security"}
MATCH (actor:Entity)-[r:PROPOSES]->(target:Entity {id: $id})
RETURN actor, target, count(r) AS statements, collect(r) AS evidence
ORDER BY statements DESC, toLower(actor.name);
