// The last part of a document written in parts (ingest/store/parts.ts): its real content hash replaces
// the mark of an incomplete document, so that a rerun now skips it.
MATCH (d:Document {id: $id})
SET d.contentHash = $hash;
