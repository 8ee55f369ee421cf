// npm run knowledge:build [-- --from DIR]: converts the public sources into the committed data files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildKnowledge, REPOSITORY, RESOURCES } from './index.ts';

const { values } = parseArgs({ options: { from: { type: 'string', default: RESOURCES } } });
try {
  const { files, report } = buildKnowledge(values.from);
  for (const [path, content] of files) {
    const target = join(REPOSITORY, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote ${path}`);
  }
  for (const [source, { kept, drops }] of Object.entries(report)) {
    console.log(`\n${source}: kept ${JSON.stringify(kept)}`);
    for (const [rule, count] of Object.entries(drops)) console.log(`  dropped ${String(count)}: ${rule}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
