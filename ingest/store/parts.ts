// A document too large for one transaction, as parts of at most `size` rows, each written in a
// transaction of its own, in an order where every row finds what it refers to: its (:Document) node with
// its first entities and their mentions, its other entities with theirs, its statements, its links. An
// entity never comes without the mention that ties it to the document, so a half-written document is
// removed whole (remove-documents.cypher finds everything through its node). The node carries INCOMPLETE
// as its content hash until the last part gives it the real one, so a run that stops half-way leaves a
// document that the next run writes again (see plan.ts). Pure, like rows.ts.
import type { BatchRows, DocumentRow, EntityRow, LinkRow, StatementGroup } from './rows.ts';

/** The content hash of a document whose parts are not all written. */
export const INCOMPLETE = 'incomplete';

/** More mentions of a document already written (cypher/write/mentions.cypher). */
export interface MentionRow {
  documentId: string;
  entityIds: string[];
  counts: number[];
  aliases: string[][];
}

export type Part =
  | { kind: 'document'; entities: EntityRow[]; row: DocumentRow }
  | { kind: 'mentions'; entities: EntityRow[]; row: MentionRow }
  | { kind: 'statements'; row: StatementGroup }
  | { kind: 'links'; rows: LinkRow[] }
  | { kind: 'complete'; id: string; hash: string };

/** The parts of the rows of one document (`buildRows` of that document alone). */
export function documentParts(rows: BatchRows, size: number): Part[] {
  const [document] = rows.documents;
  if (document === undefined || rows.documents.length !== 1)
    throw new Error('store: documentParts takes the rows of exactly one document (a bug)');
  const { id, contentHash } = document.properties;
  const entities = new Map(rows.entities.map((entity) => [entity.id, entity]));
  const parts: Part[] = [];
  // At least one document part, even for a document that mentions nothing.
  for (let start = 0; start === 0 || start < document.entityIds.length; start += size) {
    const end = start + size;
    const entityIds = document.entityIds.slice(start, end);
    const counts = document.counts.slice(start, end);
    const aliases = document.aliases.slice(start, end);
    const rowsOf = entityIds.map((entityId) => entities.get(entityId)).filter((row) => row !== undefined);
    parts.push(
      start === 0
        ? {
            kind: 'document',
            entities: rowsOf,
            row: {
              properties: { ...document.properties, contentHash: INCOMPLETE },
              entityIds,
              counts,
              aliases,
            },
          }
        : { kind: 'mentions', entities: rowsOf, row: { documentId: id, entityIds, counts, aliases } },
    );
  }
  for (const group of rows.statements)
    for (const statements of chunks(group.statements, size))
      parts.push({ kind: 'statements', row: { ...group, statements } });
  for (const chunk of chunks(rows.links, size)) parts.push({ kind: 'links', rows: chunk });
  parts.push({ kind: 'complete', id, hash: contentHash });
  return parts;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
