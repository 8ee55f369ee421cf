// The size of the graph, for the header, and the date range the date filter offers.
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents,
    min(substring(toString(d.date), 0, 10)) AS firstDate,
    max(substring(toString(d.date), 0, 10)) AS lastDate
}
RETURN COUNT { (:Entity) } AS entities,
  documents,
  COUNT { ()-[:SUPPORTS]->() } + COUNT { ()-[:OPPOSES]->() } + COUNT { ()-[:PROPOSES]->() } AS statements,
  COUNT { ()-[:REPRESENTS]->() } + COUNT { ()-[:MEMBER_OF]->() } + COUNT { ()-[:MEETS]->() } AS links,
  firstDate,
  lastDate;
