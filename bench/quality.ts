// Extraction quality against the gold annotations in ../shared/eval: claims precision, recall and F1,
// entity recall, splits and kind accuracy, as printed by the evaluation's own score.mjs, for each set
// (seed: the founding article, dev: White House releases, news: reported news) and for all together.
// With --sample N instead: N random stance statements of the sample graph with their sentences, seeded,
// for a person to judge (README, "Judging a sample").
//
//   npm run bench:quality [-- --verbose]
//   npm run bench:quality -- --sample 50 [--seed 1]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLES_DIR } from '../web/server/samples.ts';
import { describe, sample, statementsOf } from './sample.ts';
import { EVAL_DIR, scoreFolders } from './score.ts';

const SETS = ['seed', 'dev', 'news'];

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', default: false },
    sample: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

if (values.sample === undefined) await scoreAll();
else await printSample(Number(values.sample), Number(values.seed));

async function scoreAll(): Promise<void> {
  for (const set of SETS) {
    const scores = await scoreFolders([join(EVAL_DIR, set)], values.verbose);
    console.log(`${set}:\n${scores.report}\n`);
  }
  const all = await scoreFolders(
    SETS.map((set) => join(EVAL_DIR, set)),
    false,
  );
  console.log(`all together:\n${all.report}`);
}

async function printSample(count: number, seed: number): Promise<void> {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    throw new Error('quality: --sample takes a whole number of statements, --seed a whole number');
  }
  const all = await statementsOf([SAMPLES_DIR]);
  const drawn = sample(all, count, seed);
  console.log(`${drawn.length} of ${all.length} stance statements of samples/, seed ${seed}:\n`);
  console.log(drawn.map(describe).join('\n\n'));
}
