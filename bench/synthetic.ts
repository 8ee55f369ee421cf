// Synthetic DocumentGraphs shaped like extracted news: a few hub actors (countries, leaders) in most
// documents and a long tail of rare entities (Zipf), about twenty claims per document, sentences of
// news length. Seeded, so two runs write the same graph.
import { ENTITY_KINDS, LINK_RELATIONS, STANCES } from '../ingest/model.ts';
import type { DocumentGraph, Entity, EntityKind } from '../ingest/model.ts';
import { seededRandom } from './random.ts';

export interface SyntheticOptions {
  documents: number;
  /** Distinct entities in the world the documents talk about. */
  entities?: number;
  claimsPerDocument?: number;
  entitiesPerDocument?: number;
  seed?: number;
}

const WORDS =
  'the minister said that both countries will continue to strengthen cooperation on trade security climate ' +
  'energy and health while the president stressed the importance of dialogue sanctions and regional stability';

export function* syntheticGraphs({
  documents,
  entities = 20_000,
  claimsPerDocument = 20,
  entitiesPerDocument = 25,
  seed = 1,
}: SyntheticOptions): Generator<DocumentGraph> {
  const random = seededRandom(seed);
  const zipf = zipfSampler(entities, random);
  const words = WORDS.split(' ');
  const sentence = (length: number): string =>
    Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ') + '.';
  for (let d = 0; d < documents; d++) {
    const id = `synthetic/${d}`;
    const picked = new Map<number, Entity>();
    while (picked.size < entitiesPerDocument) {
      const n = zipf();
      picked.set(n, syntheticEntity(n));
    }
    const ids = [...picked.values()].map((e) => e.id);
    const pick = (): string => ids[Math.floor(random() ** 2 * ids.length)] as string;
    const date = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const claims = Array.from({ length: claimsPerDocument }, (_, i) => {
      const text = sentence(20 + Math.floor(random() * 20));
      return {
        id: `${id}#${i}`,
        source: pick(),
        relation: STANCES[Math.floor(random() * STANCES.length)] ?? 'SUPPORTS',
        target: pick(),
        speaker: pick(),
        modality: 'stated' as const,
        evidence: {
          documentId: id,
          sentenceIndex: i * 2,
          sentence: text,
          start: i * 300,
          end: i * 300 + text.length,
        },
      };
    });
    const links = Array.from({ length: 3 }, (_, i) => ({
      id: `${id}~${i}`,
      source: pick(),
      relation: LINK_RELATIONS[i % LINK_RELATIONS.length] ?? 'MEETS',
      target: pick(),
      evidence: { documentId: id, sentenceIndex: i, sentence: 'A link.', start: 0, end: 7 },
    }));
    yield {
      document: { id, title: `Synthetic document ${d}`, date, origin: `synthetic:${d}` },
      sentenceCount: claimsPerDocument * 3,
      wordCount: claimsPerDocument * 90,
      entities: [...picked.values()],
      mentions: Object.fromEntries(ids.map((e) => [e, 1 + Math.floor(random() * 5)])),
      claims,
      links,
    };
  }
}

function syntheticEntity(n: number): Entity {
  const kind: EntityKind = ENTITY_KINDS[n % ENTITY_KINDS.length] ?? 'Concept';
  return { id: `${kind.toLowerCase()}-${n}`, label: `${kind} ${n}`, kind, aliases: [`E${n}`] };
}

// Rank r is drawn with probability proportional to 1/r, by inverting the cumulative distribution.
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r++) cumulative[r] = total += 1 / (r + 1);
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
