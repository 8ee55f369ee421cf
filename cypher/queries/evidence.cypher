// Title: Evidence for a position
// Answers: Which sentences say that the source SUPPORTS, OPPOSES or PROPOSES the target: the quote, who
//   said it, the document and where in it.
// Params: $source (string) the actor's id, e.g. CHN; $relation (string) SUPPORTS, OPPOSES or PROPOSES;
//   $target (string) the target's id, e.g. belt-and-road-initiative
// Example: {"source": "CHN", "relation": "SUPPORTS", "target": "belt-and-road-initiative"}
MATCH (source:Entity {id: $source})-[r]->(target:Entity {id: $target})
WHERE type(r) = $relation AND type(r) IN ['SUPPORTS', 'OPPOSES', 'PROPOSES']
OPTIONAL MATCH (document:Document {id: r.documentId})
OPTIONAL MATCH (speaker:Entity {id: r.speakerId})
RETURN source, r AS statement, target, r.quote AS quote, speaker.name AS speaker, r.modality AS modality,
  document.title AS title, r.documentId AS documentId, r.date AS date, r.sentenceIndex AS sentenceIndex,
  r.start AS start, r.end AS end
ORDER BY date DESC, documentId, sentenceIndex;
