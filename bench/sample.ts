// A random, seeded sample of the stance statements of the sample graph (what `npm start` ingests from
// samples/), each with its sentence, for a person to judge: the precision check of `npm run bench:quality
// -- --sample N`. The same seed always draws the same statements from the same samples.
import { readInputs } from '../ingest/input/index.ts';
import { extractDocument } from '../ingest/pipeline.ts';
import { seededRandom } from './random.ts';

export interface SampledStatement {
  document: string;
  source: string;
  relation: string;
  target: string;
  speaker: string | undefined;
  sentence: string;
}

/** Every stance statement of the documents under `paths`, in input order. */
export async function statementsOf(paths: string[]): Promise<SampledStatement[]> {
  const all: SampledStatement[] = [];
  for await (const item of readInputs(paths)) {
    if (item.kind !== 'document') continue;
    const graph = extractDocument(item.doc);
    const label = new Map(graph.entities.map((e) => [e.id, e.label]));
    for (const c of graph.claims) {
      all.push({
        document: item.doc.id,
        source: label.get(c.source) ?? c.source,
        relation: c.relation,
        target: label.get(c.target) ?? c.target,
        speaker: c.speaker === c.source ? undefined : label.get(c.speaker ?? ''),
        sentence: c.evidence.sentence.replace(/\s+/g, ' '),
      });
    }
  }
  return all;
}

/** `count` statements drawn without replacement (a seeded Fisher-Yates shuffle, cut short). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const pool = [...items];
  const random = seededRandom(seed);
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

/** One statement as a block a reader judges: the edge, who said it, the sentence. */
export function describe(s: SampledStatement, index: number): string {
  const said = s.speaker ? ` (said by ${s.speaker})` : '';
  return `${index + 1}. ${s.source} ${s.relation} ${s.target}${said}   [${s.document}]\n   "${s.sentence}"`;
}
