// What a run did, counted as it goes, and the summary printed at its end.
import { LINK_RELATIONS, STANCES, type LinkRelation, type Stance } from './model.ts';
import type { ExtractedItem } from './workers/pool.ts';

export interface RunStats {
  documents: number;
  /** Inputs (files, JSONL lines, documents) that could not be read or extracted. */
  failed: number;
  /** Files left out on purpose (unknown extension inside a folder). */
  skipped: number;
  /** Input bytes done, read or failed. */
  bytes: number;
  sentences: number;
  words: number;
  /** Distinct canonical entity ids. */
  entities: Set<string>;
  claims: Record<Stance, number>;
  links: Record<LinkRelation, number>;
}

export function createStats(): RunStats {
  return {
    documents: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    sentences: 0,
    words: 0,
    entities: new Set(),
    claims: { SUPPORTS: 0, OPPOSES: 0, PROPOSES: 0 },
    links: { REPRESENTS: 0, MEMBER_OF: 0, MEETS: 0 },
  };
}

/** Counts one item coming out of extraction. */
export function countItem(stats: RunStats, item: ExtractedItem): void {
  if (item.kind === 'skipped') {
    stats.skipped++;
    return;
  }
  stats.bytes += item.bytes;
  if (item.kind === 'error') {
    stats.failed++;
    return;
  }
  const { graph } = item;
  stats.documents++;
  stats.sentences += graph.sentenceCount;
  stats.words += graph.wordCount;
  for (const entity of graph.entities) stats.entities.add(entity.id);
  for (const claim of graph.claims) stats.claims[claim.relation]++;
  for (const link of graph.links) stats.links[link.relation]++;
}

/** What the store reports back, when the run wrote to Neo4j. */
export interface StoreTotals {
  documents: number;
  statements: number;
  entities: number;
  skipped: number;
  /** Of the skipped, documents whose content changed since they were stored. */
  changed?: number;
  /** Documents too large for Neo4j even in parts (each reported as a failed input). */
  refused?: number;
}

/** The end-of-run summary, a few lines for people. */
export function formatSummary(stats: RunStats, seconds: number, store?: StoreTotals): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const claims = STANCES.reduce((sum, s) => sum + stats.claims[s], 0);
  const problems = [
    stats.failed > 0 && `${plural(stats.failed, 'input')} failed`,
    stats.skipped > 0 && `${plural(stats.skipped, 'file')} skipped`,
  ].filter(Boolean);
  const lines = [
    `${plural(stats.documents, 'document')}${problems.length > 0 ? ` (${problems.join(', ')})` : ''}, ` +
      `${formatMegabytes(stats.bytes)} in ${formatDuration(seconds)}, ${formatRate(stats.bytes, seconds)}`,
    `${n(stats.sentences)} sentences, ${n(stats.words)} words, ${n(stats.entities.size)} entities`,
    `${n(claims)} claims: ${STANCES.map((s) => `${s} ${n(stats.claims[s])}`).join(', ')}; ` +
      `links: ${LINK_RELATIONS.map((r) => `${r} ${n(stats.links[r])}`).join(', ')}`,
  ];
  if (store) {
    lines.push(
      `Neo4j: ${n(store.documents)} documents written, ${n(store.skipped)} already stored, ` +
        (store.refused ? `${n(store.refused)} refused as too large, ` : '') +
        `${n(store.statements)} statements, ${n(store.entities)} new entities`,
    );
    if (store.changed) {
      lines.push(
        `${plural(store.changed, 'stored document')} changed and kept as stored: rerun with --replace`,
      );
    }
  }
  return lines.join('\n');
}

/** `1 file`, `2 files`. */
function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** `8.1 kB` below a megabyte, `12.3 MB` above. */
export function formatMegabytes(bytes: number): string {
  return bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

export function formatRate(bytes: number, seconds: number): string {
  return `${seconds > 0 ? (bytes / 1e6 / seconds).toFixed(2) : '0.00'} MB/s`;
}

/** `42.0s`, `3m 07s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(Math.floor(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
