// What the stance step knows of one sentence: its tokens, phrases and mentions, who says it, and the
// document's entities so far.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { ActMemory } from './act-memory.ts';
import type { Attribution } from './attribution.ts';
import type { Mention } from './mention.ts';
import { Phrases } from './phrases.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';
import { wordClasses } from './word-classes.ts';

export interface SentenceContext {
  tokens: readonly Token[];
  /** The token texts, as the knowledge base's look-ups take them. */
  texts: readonly string[];
  /** The word classes of the tokens (word-classes.ts). */
  classes: readonly number[];
  phrases: Phrases;
  mentions: readonly Mention[];
  attribution: Attribution;
  authors: readonly string[];
  registry: Registry;
  kb: KnowledgeBase;
  /** The hostile acts told so far in the document, for "the attack" later on. */
  acts: ActMemory;
}

/**
 * One sentence as the stance step reads it. A class, not an object literal with a getter, because one is
 * made per sentence: its phrases are chunked only when a cue needs them (most sentences have none), and
 * the token texts only when a look-up of the knowledge base does.
 */
export class SentenceReading implements SentenceContext {
  private chunked: Phrases | undefined;
  private words: readonly string[] | undefined;
  private classified: readonly number[] | undefined;

  constructor(
    readonly tokens: readonly Token[],
    readonly mentions: readonly Mention[],
    readonly attribution: Attribution,
    readonly authors: readonly string[],
    readonly registry: Registry,
    readonly kb: KnowledgeBase,
    readonly acts: ActMemory,
  ) {}

  get texts(): readonly string[] {
    return (this.words ??= this.tokens.map((t) => t.text));
  }

  get classes(): readonly number[] {
    return (this.classified ??= wordClasses(this.tokens));
  }

  /** Names are kept whole in phrases; pronouns and group words are chunked as words. */
  get phrases(): Phrases {
    return (this.chunked ??= new Phrases(
      this.tokens,
      this.mentions.filter((m) => m.reference === undefined),
      this.classes,
    ));
  }
}

/** The mention covering token k that stands for something. */
export function mentionAt(ctx: SentenceContext, k: number): Mention | undefined {
  return ctx.mentions.find((m) => m.start <= k && k < m.end && m.ids.length > 0);
}

export function isActorId(ctx: SentenceContext, id: string): boolean {
  const kind = ctx.registry.entities.get(id)?.kind;
  return kind === 'Person' || kind === 'Country' || kind === 'Organization';
}

export function isActor(ctx: SentenceContext, m: Mention): boolean {
  return m.ids.some((id) => isActorId(ctx, id));
}
