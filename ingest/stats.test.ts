import { describe, expect, test } from 'vitest';
import { countItem, createStats, formatDuration, formatSummary } from './stats.ts';
import type { ExtractedItem } from './workers/pool.ts';

describe('formatDuration', () => {
  test.each([
    [0.04, '0.0s'],
    [42, '42.0s'],
    [187, '3m 07s'],
    [3720, '1h 02m'],
  ])('%d s -> %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('formatSummary', () => {
  const graph: ExtractedItem = {
    kind: 'graph',
    bytes: 3_000_000,
    graph: {
      document: { id: 'd', origin: 'd.txt' },
      sentenceCount: 10,
      wordCount: 500_000,
      entities: [
        { id: 'CHN', label: 'China', kind: 'Country', aliases: [] },
        { id: 'bri', label: 'BRI', kind: 'Initiative', aliases: [] },
      ],
      mentions: {},
      claims: [
        {
          id: 'c',
          source: 'CHN',
          relation: 'SUPPORTS',
          target: 'bri',
          modality: 'stated',
          evidence: { documentId: 'd', sentenceIndex: 0, sentence: 'S.', start: 0, end: 2 },
        },
      ],
      links: [],
    },
  };
  const failed: ExtractedItem = { kind: 'error', origin: 'x.txt', message: 'is empty', bytes: 0 };
  const skipped: ExtractedItem = { kind: 'skipped', origin: 'x.pdf', message: 'unknown extension' };

  // prettier-ignore
  test.each([
    ['one document', [graph], undefined, ['1 document, 3.0 MB in 2.0s, 1.50 MB/s', '10 sentences, 500,000 words, 2 entities', '1 claims: SUPPORTS 1, OPPOSES 0, PROPOSES 0;']],
    ['with problems', [graph, graph, failed, skipped], undefined, ['2 documents (1 input failed, 1 file skipped), 6.0 MB']],
    ['with the store', [graph], { documents: 1, statements: 1, entities: 2, skipped: 0 }, ['Neo4j: 1 documents written, 0 already stored, 1 statements, 2 new entities']],
    ['with changed documents', [graph], { documents: 0, statements: 0, entities: 0, skipped: 1, changed: 1 }, ['1 stored document changed and kept as stored: rerun with --replace']],
    ['with a document refused as too large', [graph], { documents: 0, statements: 0, entities: 0, skipped: 0, refused: 1 }, ['Neo4j: 0 documents written, 0 already stored, 1 refused as too large, 0 statements']],
  ] as const)('%s', (_name, items, store, expected) => {
    const stats = createStats();
    for (const item of items) countItem(stats, item);
    const summary = formatSummary(stats, 2, store);
    for (const part of expected) expect(summary).toContain(part);
  });
});
