// Extraction quality against the gold annotations in ../shared/eval: claims precision, recall and F1,
// entity recall, splits and kind accuracy, as printed by the evaluation's own score.mjs.
//
//   npm run bench:quality [-- --verbose]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_DIR, scoreFolder } from './score.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
for (const set of ['seed', 'dev']) {
  const scores = await scoreFolder(join(EVAL_DIR, set), values.verbose);
  console.log(`${set}:\n${scores.report}\n`);
}
