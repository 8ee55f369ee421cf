// Test helpers: run the extraction steps on a short text and describe the result in words, so that
// table-driven tests read like the sentences they test.
import { loadKnowledge } from '../knowledge/index.ts';
import { extractDocument } from '../pipeline.ts';
import { Attributor } from './attribution.ts';
import { Discourse } from './discourse.ts';
import { meetingIn } from './meetings.ts';
import type { Mention } from './mention.ts';
import { MentionFinder } from './mentions.ts';
import { spanText } from './names.ts';
import { Registry } from './registry.ts';
import { sentences, type Token } from './sentences.ts';

export interface Analysed {
  tokens: Token[];
  mentions: Mention[];
  speaker: string | undefined;
  content: string;
}

/** Runs mentions, attribution and reference resolution over each sentence of `text`. */
export function analyse(text: string, authors: string[] = []): { sentences: Analysed[]; registry: Registry } {
  const registry = new Registry();
  const finder = new MentionFinder(loadKnowledge(), registry);
  const discourse = new Discourse(registry, authors);
  const attributor = new Attributor(registry);
  const result: Analysed[] = [];
  for (const sentence of sentences(text)) {
    const mentions = finder.find(sentence.tokens);
    const attribution = attributor.attribute(sentence.tokens, mentions);
    discourse.resolve(sentence.tokens, mentions, attribution.speaker);
    discourse.update(sentence.tokens, mentions, attribution.speaker, meetingIn(sentence.tokens, mentions));
    const speaker = attribution.speaker;
    result.push({
      tokens: sentence.tokens,
      mentions,
      // A speaker named in an earlier sentence (a quotation running on) is told by its ids.
      speaker:
        speaker &&
        (speaker.end > speaker.start
          ? spanText(sentence.tokens.slice(speaker.start, speaker.end))
          : speaker.ids.join(',')),
      content: spanText(sentence.tokens.slice(attribution.start, attribution.end)),
    });
  }
  return { sentences: result, registry };
}

/** "surface=id,id" for each mention of the last sentence that stands for something. */
export function describeMentions(text: string): string[] {
  const last = analyse(text).sentences.at(-1);
  if (!last) return [];
  return last.mentions
    .filter((m) => m.ids.length > 0)
    .map((m) => `${spanText(last.tokens.slice(m.start, m.end))}=${m.ids.join(',')}`);
}

/** "Source RELATION Target (modality)" for each claim, with entity labels. */
export function describeClaims(text: string, title?: string): string[] {
  const graph = extractDocument({ id: 'test', origin: 'test', text, ...(title && { title }) });
  const label = new Map(graph.entities.map((e) => [e.id, e.label]));
  return graph.claims
    .map(
      (c) =>
        `${label.get(c.source) ?? c.source} ${c.relation} ${label.get(c.target) ?? c.target} (${c.modality})`,
    )
    .sort();
}
