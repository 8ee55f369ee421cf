// Extraction quality against the gold annotations in ../shared/eval: claims precision, recall and F1,
// entity recall, splits and kind accuracy, as printed by the evaluation's own score.mjs, for each set
// (seed: the founding article, dev: White House releases, news: reported news) and for all together.
//
//   npm run bench:quality [-- --verbose]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_DIR, scoreFolders } from './score.ts';

const SETS = ['seed', 'dev', 'news'];

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
for (const set of SETS) {
  const scores = await scoreFolders([join(EVAL_DIR, set)], values.verbose);
  console.log(`${set}:\n${scores.report}\n`);
}
const all = await scoreFolders(
  SETS.map((set) => join(EVAL_DIR, set)),
  false,
);
console.log(`all together:\n${all.report}`);
