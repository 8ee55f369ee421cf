// Scores extraction against the gold annotations of ../shared/eval with the evaluation's own score.mjs:
// used by `npm run bench:quality` (prints) and by the quality test (asserts the targets).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildStanceGraph, serializeStanceGraph } from '../ingest/export.ts';
import { readInputs } from '../ingest/input/index.ts';
import { extractDocument } from '../ingest/pipeline.ts';

export const EVAL_DIR = resolve(import.meta.dirname, '../../shared/eval');

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  entityRecall: number;
  split: number;
  kindAccuracy: number;
  /** score.mjs's own report. */
  report: string;
}

/** Extracts every article of an eval folder (`*.txt` beside `*.gold.json`) and scores them together. */
export async function scoreFolder(folder: string, verbose = false): Promise<Scores> {
  return scoreFolders([folder], verbose);
}

/** The articles of several eval folders scored as one set. */
export async function scoreFolders(folders: readonly string[], verbose = false): Promise<Scores> {
  const scorer = join(EVAL_DIR, 'score.mjs');
  if (!existsSync(scorer)) {
    throw new Error(
      `quality: ${scorer} not found; the evaluation material belongs in ../shared/eval beside the repository`,
    );
  }
  const out = mkdtempSync(join(tmpdir(), 'stancegraph-quality-'));
  try {
    const pairs: string[] = [];
    for (const [n, folder] of folders.entries()) {
      for (const file of readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort()) {
        for await (const item of readInputs([join(folder, file)])) {
          if (item.kind !== 'document') throw new Error(`quality: cannot read ${file}`);
          // Numbered by folder: two sets may hold articles of the same name.
          const graph = join(out, `${String(n)}-${item.doc.id}.json`);
          writeFileSync(graph, serializeStanceGraph(buildStanceGraph([extractDocument(item.doc)])));
          pairs.push(join(folder, file.replace(/\.txt$/, '.gold.json')), graph);
        }
      }
    }
    const report = execFileSync(process.execPath, [scorer, ...pairs, ...(verbose ? ['--verbose'] : [])], {
      encoding: 'utf8',
    }).trimEnd();
    return { ...parse(report), report };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const LINE =
  /claims P=([\d.]+) R=([\d.]+) F1=([\d.]+) .*entities R=([\d.]+) split=(\d+) kind-accuracy=([\d.]+)/;

function parse(report: string): Omit<Scores, 'report'> {
  const m = LINE.exec(report);
  if (!m) throw new Error(`quality: cannot read the scorer's report:\n${report}`);
  const [precision, recall, f1, entityRecall, split, kindAccuracy] = m.slice(1).map(Number);
  return { precision, recall, f1, entityRecall, split, kindAccuracy } as Omit<Scores, 'report'>;
}
