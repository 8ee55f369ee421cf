// Names and kinds of a few entities, e.g. both ends of an edge.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, coalesce(e.name, e.id) AS name, coalesce(e.kind, 'Concept') AS kind;
