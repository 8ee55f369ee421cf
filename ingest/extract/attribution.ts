// Step 4: reported speech. "..., Wang said." / "Lavrov said that ..." / "..., said the Chinese top
// diplomat." / "According to X, ...": who speaks, and which tokens carry what they said.
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { Token } from './sentences.ts';

export interface Attribution {
  speaker?: Mention;
  /** Token range [start, end) of what is said (the whole sentence when nobody is quoted). */
  start: number;
  end: number;
}

const OPENERS = new Set([',', '“', '"', '”', ';', ':', '—', '–']);
const MAX_ADVERBS = 2;

export function attribute(tokens: readonly Token[], mentions: readonly Mention[]): Attribution {
  return (
    trailing(tokens, mentions) ??
    leading(tokens, mentions) ??
    accordingTo(tokens, mentions) ?? { start: 0, end: tokens.length }
  );
}

/** Skips adverbs ("also", "further") between a speaker and the reporting verb. */
function reportingAt(tokens: readonly Token[], k: number): number | undefined {
  for (let j = k; j <= k + MAX_ADVERBS; j++) {
    const match = lexicon.reporting.match(tokens, j);
    if (match) return j + match.length;
    if (tokens[j]?.pos !== 'ADV' && tokens[j]?.pos !== 'AUX') return undefined;
  }
  return undefined;
}

/** "..., Wang said." and "..., said the Chinese top diplomat." */
function trailing(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  for (let m = mentions.length - 1; m >= 0; m--) {
    const speaker = mentions[m];
    if (!speaker || speaker.start === 0) continue;
    const before = tokens[speaker.start - 1];
    if (before && OPENERS.has(before.text)) {
      const verbEnd = reportingAt(tokens, speaker.end);
      if (verbEnd !== undefined) return { speaker, start: 0, end: speaker.start - 1 };
    }
    // Inverted: ", said the Russian top diplomat"
    const verb = tokens[speaker.start - 1];
    const comma = tokens[speaker.start - 2];
    if (verb && comma && OPENERS.has(comma.text) && lexicon.reporting.has(tokens, speaker.start - 1)) {
      return { speaker, start: 0, end: speaker.start - 2 };
    }
  }
  return undefined;
}

/** "Lavrov said that ...", "He said Russia ...", "Wang Yi said at the Press Conference;" */
function leading(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  const speaker = mentions[0];
  if (!speaker || speaker.start > 2) return undefined;
  const verbEnd = reportingAt(tokens, speaker.end);
  if (verbEnd === undefined) return undefined;
  let start = verbEnd;
  while (tokens[start] && (tokens[start]?.lower === 'that' || OPENERS.has(tokens[start]?.text ?? '')))
    start++;
  return { speaker, start, end: tokens.length };
}

/** "According to X, ..." */
function accordingTo(tokens: readonly Token[], mentions: readonly Mention[]): Attribution | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to') continue;
    const speaker = mentions.find((m) => m.start === k + 2);
    if (!speaker) return undefined;
    if (k === 0) return { speaker, start: speaker.end + 1, end: tokens.length };
    return { speaker, start: 0, end: k - 1 };
  }
  return undefined;
}
