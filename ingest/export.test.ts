import { describe, expect, test } from 'vitest';
import { addDocumentGraph, buildStanceGraph, checkDocumentGraph, serializeStanceGraph } from './export.ts';
import type { Claim, DocumentGraph, Entity, Evidence, Link } from './model.ts';

const evidence = (documentId: string, sentenceIndex: number): Evidence => ({
  documentId,
  sentenceIndex,
  sentence: `Sentence ${sentenceIndex} of ${documentId}.`,
  start: sentenceIndex * 100,
  end: sentenceIndex * 100 + 20,
});

const china: Entity = { id: 'CHN', label: 'China', kind: 'Country', aliases: ['Beijing'] };
const russia: Entity = { id: 'RUS', label: 'Russia', kind: 'Country', aliases: [] };
const bri: Entity = { id: 'bri', label: 'Belt and Road Initiative', kind: 'Initiative', aliases: ['BRI'] };
const wang: Entity = {
  id: 'wang-yi',
  label: 'Wang Yi',
  kind: 'Person',
  aliases: ['Wang'],
  represents: 'CHN',
  role: 'Foreign Minister',
};

function claim(
  id: string,
  source: string,
  relation: Claim['relation'],
  target: string,
  doc: string,
  sentence: number,
): Claim {
  return {
    id,
    source,
    relation,
    target,
    speaker: source,
    modality: 'stated',
    evidence: evidence(doc, sentence),
  };
}

function link(
  source: string,
  relation: Link['relation'],
  target: string,
  doc: string,
  sentence: number,
): Link {
  return {
    id: `${doc}-${source}-${relation}-${target}`,
    source,
    relation,
    target,
    evidence: evidence(doc, sentence),
  };
}

function doc(id: string, parts: Partial<DocumentGraph>, date?: string): DocumentGraph {
  return {
    document: { id, origin: `${id}.txt`, ...(date && { date }) },
    sentenceCount: 3,
    wordCount: 30,
    entities: [],
    mentions: {},
    claims: [],
    links: [],
    ...parts,
  };
}

const d1 = doc(
  'd1',
  {
    entities: [china, bri, wang],
    mentions: { CHN: 2, bri: 1, 'wang-yi': 3 },
    claims: [claim('c1', 'CHN', 'SUPPORTS', 'bri', 'd1', 0)],
    links: [
      link('wang-yi', 'REPRESENTS', 'CHN', 'd1', 1),
      { ...link('CHN', 'MEETS', 'RUS', 'd1', 2), source: 'wang-yi', target: 'CHN' },
    ],
  },
  '2020-09-11',
);
const d2 = doc('d2', {
  entities: [
    { ...china, label: 'People’s Republic of China', aliases: ['the Chinese side', 'Beijing'] },
    russia,
    { ...wang, represents: 'RUS', role: undefined },
  ],
  mentions: { CHN: 1, RUS: 4, 'wang-yi': 1 },
  claims: [claim('c2', 'RUS', 'OPPOSES', 'CHN', 'd2', 0)],
  links: [link('wang-yi', 'REPRESENTS', 'CHN', 'd2', 0), link('CHN', 'MEETS', 'wang-yi', 'd2', 1)],
});

describe('buildStanceGraph', () => {
  const graph = buildStanceGraph([d1, d2]);

  // prettier-ignore
  test.each([
    ['CHN', { label: 'China', kind: 'Country', aliases: ['Beijing', 'People’s Republic of China', 'the Chinese side'], mentions: 3 }],
    ['RUS', { label: 'Russia', kind: 'Country', aliases: [], mentions: 4 }],
    ['bri', { label: 'Belt and Road Initiative', kind: 'Initiative', aliases: ['BRI'], mentions: 1 }],
    ['wang-yi', { label: 'Wang Yi', kind: 'Person', aliases: ['Wang'], represents: 'CHN', role: 'Foreign Minister', mentions: 4 }],
  ])('merges entity %s across documents', (id, attributes) => {
    expect(graph.getNodeAttributes(id)).toEqual(attributes);
  });

  // prettier-ignore
  test.each([
    ['c1', 'CHN', 'bri', { relation: 'SUPPORTS', evidence: evidence('d1', 0), speaker: 'CHN', modality: 'stated', documentId: 'd1', date: '2020-09-11' }],
    ['c2', 'RUS', 'CHN', { relation: 'OPPOSES', evidence: evidence('d2', 0), speaker: 'RUS', modality: 'stated', documentId: 'd2' }],
    ['REPRESENTS:wang-yi:CHN', 'wang-yi', 'CHN', { relation: 'REPRESENTS', evidence: [evidence('d1', 1), evidence('d2', 0)] }],
    ['MEETS:CHN:wang-yi', 'CHN', 'wang-yi', { relation: 'MEETS', evidence: [evidence('d1', 2), evidence('d2', 1)] }],
  ])('edge %s', (key, source, target, attributes) => {
    expect([graph.source(key), graph.target(key)]).toEqual([source, target]);
    expect(graph.getEdgeAttributes(key)).toEqual(attributes);
  });

  test('has one edge per claim and one per linked pair', () => {
    expect([graph.order, graph.size]).toEqual([4, 4]);
  });
});

describe('checkDocumentGraph', () => {
  // prettier-ignore
  test.each([
    ['a consistent graph', d1, undefined],
    ['a claim to an unlisted entity', doc('d3', { entities: [china], claims: [claim('c3', 'CHN', 'SUPPORTS', 'bri', 'd3', 0)] }), /SUPPORTS c3 in document d3 names entity "bri"/],
    ['a link from an unlisted entity', doc('d4', { entities: [china], links: [link('wang-yi', 'REPRESENTS', 'CHN', 'd4', 0)] }), /names entity "wang-yi"/],
  ])('%s', (_name, graph, expected) => {
    if (expected === undefined) expect(checkDocumentGraph(graph)).toBeUndefined();
    else expect(checkDocumentGraph(graph)).toMatch(expected);
  });

  test('addDocumentGraph refuses an inconsistent document without changing the graph', () => {
    const graph = buildStanceGraph([]);
    expect(() => {
      addDocumentGraph(
        graph,
        doc('d3', { entities: [china], claims: [claim('c3', 'CHN', 'SUPPORTS', 'bri', 'd3', 0)] }),
      );
    }).toThrow(/export: |names entity/);
    expect(graph.order).toBe(0);
  });
});

describe('serializeStanceGraph', () => {
  test('does not depend on the order documents arrive in, when they agree on labels', () => {
    const d3 = doc('d3', {
      entities: [{ ...china, aliases: ['the Chinese side'] }, russia, wang],
      mentions: { CHN: 1, RUS: 1, 'wang-yi': 1 },
      claims: [claim('c3', 'RUS', 'SUPPORTS', 'CHN', 'd3', 0)],
      links: [link('wang-yi', 'REPRESENTS', 'CHN', 'd3', 1)],
    });
    const forward = serializeStanceGraph(buildStanceGraph([d1, d3]));
    expect(serializeStanceGraph(buildStanceGraph([d3, d1]))).toBe(forward);
    const parsed = JSON.parse(forward) as { nodes: { key: string }[]; edges: { key: string }[] };
    expect(parsed.nodes.map((n) => n.key)).toEqual(['CHN', 'RUS', 'bri', 'wang-yi']);
    expect(parsed.edges.map((e) => e.key)).toEqual([
      'MEETS:CHN:wang-yi',
      'REPRESENTS:wang-yi:CHN',
      'c1',
      'c3',
    ]);
  });

  test('writes object keys in sorted order', () => {
    const json = serializeStanceGraph(buildStanceGraph([d1]));
    const keys = [...json.matchAll(/"(aliases|kind|label|mentions|represents|role)":/g)].map((m) => m[1]);
    expect(keys.slice(0, 4)).toEqual(['aliases', 'kind', 'label', 'mentions']);
  });

  test('writes what the eval scorer reads: node label, kind, aliases; edge relation', () => {
    const parsed = JSON.parse(serializeStanceGraph(buildStanceGraph([d1]))) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { source: string; target: string; attributes: Record<string, unknown> }[];
    };
    const node = parsed.nodes.find((n) => n.key === 'bri');
    expect(node?.attributes).toMatchObject({
      label: 'Belt and Road Initiative',
      kind: 'Initiative',
      aliases: ['BRI'],
    });
    expect(parsed.edges.find((e) => e.attributes.relation === 'SUPPORTS')).toMatchObject({
      source: 'CHN',
      target: 'bri',
    });
  });
});
