// The committed generated files are what the converter makes of ../shared/resources, byte for byte.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKnowledge, REPOSITORY, RESOURCES } from './index.ts';

const present = existsSync(RESOURCES);
if (!present)
  console.warn(`knowledge build: ${RESOURCES} is absent; skipping the check of the generated files`);

describe.skipIf(!present)('knowledge build', () => {
  const { files } = buildKnowledge();

  it.each([...files.keys()])('%s is up to date (run npm run knowledge:build)', (path) => {
    expect(readFileSync(join(REPOSITORY, path), 'utf8') === files.get(path)).toBe(true);
  });

  // The whole build reads 6 MB of sources: seconds, not milliseconds.
  it('gives the same bytes every time', { timeout: 60_000 }, () => {
    expect(buildKnowledge().files).toEqual(files);
  });
});
