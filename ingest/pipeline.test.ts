import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_DIR, scoreFolder } from '../bench/score.ts';
import { readInputs } from './input/index.ts';
import { extractDocument } from './pipeline.ts';
import type { DocumentGraph } from './model.ts';

const SEED = join(import.meta.dirname, '../samples/wang-yi-lavrov-moscow.txt');

async function extractSeed(): Promise<DocumentGraph> {
  for await (const item of readInputs([SEED])) if (item.kind === 'document') return extractDocument(item.doc);
  throw new Error(`cannot read ${SEED}`);
}

describe('the founding article', () => {
  it('gives the same claims as the golden file', async () => {
    const graph = await extractSeed();
    const label = new Map(graph.entities.map((e) => [e.id, e.label]));
    const lines = graph.claims
      .map(
        (c) =>
          `${label.get(c.source)} ${c.relation} ${label.get(c.target)} (${c.modality}) #${c.evidence.sentenceIndex}`,
      )
      .sort();
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      './__golden__/wang-yi-lavrov-moscow.claims.txt',
    );
  });

  it('quotes the sentence of each claim at its offsets', async () => {
    const graph = await extractSeed();
    for await (const item of readInputs([SEED])) {
      if (item.kind !== 'document') continue;
      for (const c of graph.claims)
        expect(item.doc.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.sentence);
    }
  });

  it('names the actors with their roles', async () => {
    const graph = await extractSeed();
    const byId = new Map(graph.entities.map((e) => [e.id, e]));
    expect(byId.get('wang-yi')).toMatchObject({ label: 'Wang Yi', kind: 'Person', represents: 'CHN' });
    expect(byId.get('sergei-lavrov')).toMatchObject({
      label: 'Sergei Lavrov',
      kind: 'Person',
      represents: 'RUS',
    });
    expect(byId.get('asean')?.kind).toBe('Organization');
    expect(byId.get('bri')?.aliases).toContain('BRI');
    const relations = new Set(graph.claims.map((c) => c.relation));
    expect([...relations].sort()).toEqual(['OPPOSES', 'PROPOSES', 'SUPPORTS']);
  });
});

describe('extraction quality on the annotated articles', () => {
  it('meets the targets on the founding article', async () => {
    const scores = await scoreFolder(join(EVAL_DIR, 'seed'));
    expect(scores.f1, scores.report).toBeGreaterThanOrEqual(0.85);
    expect(scores.entityRecall, scores.report).toBeGreaterThanOrEqual(0.95);
    expect(scores.split, scores.report).toBe(0);
    expect(scores.kindAccuracy, scores.report).toBeGreaterThanOrEqual(0.9);
  });

  it('meets the targets on the development articles together', async () => {
    const scores = await scoreFolder(join(EVAL_DIR, 'dev'));
    expect(scores.f1, scores.report).toBeGreaterThanOrEqual(0.6);
    expect(scores.entityRecall, scores.report).toBeGreaterThanOrEqual(0.85);
  });
});

describe('a node exists only when a mention, a claim or a link needs it', () => {
  it.each([
    [
      'in a sentence that states no position',
      'I call upon all Americans to display the flag of the United States.',
      'display the flag of the United States',
    ],
    [
      'in a sentence that names no one',
      'The agencies shall propose a draft agency policy to the Director.',
      'draft agency policy to the Director',
    ],
  ])('what a position would be about is no node %s', (_name, text, label) => {
    const graph = extractDocument({ id: 'test', origin: 'test', text });
    expect(graph.entities.map((e) => e.label)).not.toContain(label);
  });
});
