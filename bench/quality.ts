// Extraction quality against the gold annotations in ../shared/eval: claims precision, recall and F1,
// entity recall, splits and kind accuracy, as printed by the evaluation's own score.mjs.
//
//   npm run bench:quality [-- --verbose] [EVAL_DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStanceGraph, serializeStanceGraph } from '../ingest/export.ts';
import { readInputs } from '../ingest/input/index.ts';
import { extractDocument } from '../ingest/pipeline.ts';

const { values, positionals } = parseArgs({
  options: { verbose: { type: 'boolean' } },
  allowPositionals: true,
});
const evalDir = resolve(positionals[0] ?? '../shared/eval');
const out = mkdtempSync(join(tmpdir(), 'stancegraph-quality-'));

/** Extracts one article and writes its graph where score.mjs can read it; returns the pair of files. */
async function extracted(txt: string): Promise<[string, string]> {
  for await (const item of readInputs([txt])) {
    if (item.kind !== 'document') throw new Error(`quality: cannot read ${txt}`);
    const file = join(out, `${item.doc.id}.json`);
    writeFileSync(file, serializeStanceGraph(buildStanceGraph([extractDocument(item.doc)])));
    return [txt.replace(/\.txt$/, '.gold.json'), file];
  }
  throw new Error(`quality: ${txt} holds no document`);
}

async function score(name: string, folder: string): Promise<void> {
  const texts = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const pairs = await Promise.all(texts.map((f) => extracted(join(folder, f))));
  const args = [join(evalDir, 'score.mjs'), ...pairs.flat(), ...(values.verbose ? ['--verbose'] : [])];
  console.log(`${name} (${texts.length} articles)`);
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }).trimEnd());
}

try {
  await score('seed', join(evalDir, 'seed'));
  await score('dev', join(evalDir, 'dev'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
