// The documents offered by the document filter, newest first, those without a date last.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, toString(d.date) AS date, d.url AS url,
  COUNT { (d)-[:MENTIONS]->() } AS entities
ORDER BY date IS NULL, date DESC, title
LIMIT $limit;
