// The statements behind a list of edges, for the CSV export of the current view.
UNWIND $edges AS edge
MATCH (s:Entity {id: edge.source})-[r:SUPPORTS|OPPOSES|PROPOSES]->(t:Entity {id: edge.target})
WHERE type(r) = edge.relation
OPTIONAL MATCH (d:Document {id: r.documentId})
OPTIONAL MATCH (speaker:Entity {id: r.speakerId})
RETURN r.statementId AS statementId,
  type(r) AS relation,
  s {.id, name: coalesce(s.name, s.id), kind: coalesce(s.kind, 'Concept')} AS source,
  t {.id, name: coalesce(t.name, t.id), kind: coalesce(t.kind, 'Concept')} AS target,
  r.quote AS quote,
  r.documentId AS documentId,
  d.title AS documentTitle,
  toString(coalesce(r.date, d.date)) AS date,
  d.url AS url,
  speaker.name AS speaker,
  r.modality AS modality
ORDER BY source.name, relation, target.name, date
LIMIT $limit;
