// Whether any document is stored: `npm start` ingests the samples into an empty database only.
MATCH (d:Document)
RETURN count(d) > 0 AS any;
