// Names written together as one group ("China, Russia and India", "the US as well as Japan"): the holders
// of a shared position, the members of a meeting, the parties a later "they" stands for.
import type { Mention } from './mention.ts';
import type { Token } from './sentences.ts';

/** Runs of mentions joined only by commas, "and", "&" or "as well as". */
export function coordinatedGroups(tokens: readonly Token[], mentions: readonly Mention[]): Mention[][] {
  const groups: Mention[][] = [];
  let current: Mention[] = [];
  for (const m of mentions) {
    const prev = current[current.length - 1];
    if (prev && joined(tokens, prev.end, m.start)) current.push(m);
    else {
      if (current.length > 0) groups.push(current);
      current = [m];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const JOINERS = new Set([',', 'and', '&', 'as', 'well', 'the', 'both', 'along', 'with', 'together']);

function joined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  let sawJoiner = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || !JOINERS.has(t.lower)) return false;
    if (t.lower !== 'the') sawJoiner = true;
  }
  return sawJoiner;
}
