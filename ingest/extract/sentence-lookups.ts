// The knowledge base's answers for one sentence, by token index. Recognisers ask about the same positions
// several times (is a name here? a demonym?), and each answer is a walk down a trie: remembered instead.
import type { Country, KnowledgeBase, NameMatch } from '../knowledge/types.ts';

export interface DemonymMatch {
  country: Country;
  length: number;
}

export class SentenceLookups {
  private names: (NameMatch | null)[] = [];
  private demonyms: (DemonymMatch | null)[] = [];
  private words: readonly string[] = [];

  constructor(private readonly kb: KnowledgeBase) {}

  /** The token texts of the current sentence. */
  get texts(): readonly string[] {
    return this.words;
  }

  /** Starts on a new sentence, forgetting the answers for the last one. */
  reset(texts: readonly string[]): void {
    this.words = texts;
    this.names = [];
    this.demonyms = [];
  }

  /** The longest known name starting at token i. */
  name(i: number): NameMatch | undefined {
    let found = this.names[i];
    if (found === undefined) this.names[i] = found = this.kb.matchName(this.words, i) ?? null;
    return found ?? undefined;
  }

  /** A demonym ("Chinese", "U.S.") starting at token i. */
  demonym(i: number): DemonymMatch | undefined {
    let found = this.demonyms[i];
    if (found === undefined) this.demonyms[i] = found = this.kb.matchDemonym(this.words, i) ?? null;
    return found ?? undefined;
  }
}
