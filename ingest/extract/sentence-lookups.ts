// The knowledge base's answers for one sentence, by token index. Recognisers ask about the same positions
// several times (is a name here? a demonym? an office?), and each answer is a walk down a trie: remembered
// instead.
import type {
  Agent,
  Body,
  Country,
  KnowledgeBase,
  KnownEntity,
  NameMatch,
  Role,
} from '../knowledge/types.ts';

export interface DemonymMatch {
  country: Country;
  length: number;
}

/** One kind of look-up, remembered by token index for the current sentence. */
class Answers<T> {
  /** null records a look-up that found nothing. */
  private readonly found: (T | null)[] = [];
  /**
   * The sentence each answer was found in: answers of earlier sentences are passed over, so that a new
   * sentence needs no new arrays (asked for every sentence, by six kinds of look-up).
   */
  private readonly asked: number[] = [];
  private sentence = 0;

  constructor(private readonly look: (texts: readonly string[], i: number) => T | undefined) {}

  forget(): void {
    this.sentence++;
  }

  at(texts: readonly string[], i: number): T | undefined {
    if (this.asked[i] === this.sentence) return this.found[i] ?? undefined;
    const found = this.look(texts, i) ?? null;
    this.found[i] = found;
    this.asked[i] = this.sentence;
    return found ?? undefined;
  }
}

export class SentenceLookups {
  private readonly names: Answers<NameMatch>;
  private readonly demonyms: Answers<DemonymMatch>;
  private readonly metonyms: Answers<{ entity: KnownEntity; length: number }>;
  private readonly roles: Answers<{ role: Role; length: number }>;
  private readonly bodies: Answers<{ body: Body; length: number }>;
  private readonly agents: Answers<{ agent: Agent; length: number }>;
  private words: readonly string[] = [];

  constructor(kb: KnowledgeBase) {
    this.names = new Answers((texts, i) => kb.matchName(texts, i));
    this.demonyms = new Answers((texts, i) => kb.matchDemonym(texts, i));
    this.metonyms = new Answers((texts, i) => kb.metonym(texts, i));
    this.roles = new Answers((texts, i) => kb.matchRole(texts, i));
    this.bodies = new Answers((texts, i) => kb.matchBody(texts, i));
    this.agents = new Answers((texts, i) => kb.matchAgent(texts, i));
  }

  /** The token texts of the current sentence. */
  get texts(): readonly string[] {
    return this.words;
  }

  /** Starts on a new sentence, forgetting the answers for the last one. */
  reset(texts: readonly string[]): void {
    this.words = texts;
    for (const answers of [this.names, this.demonyms, this.metonyms, this.roles, this.bodies, this.agents])
      answers.forget();
  }

  /** The longest known name starting at token i. */
  name(i: number): NameMatch | undefined {
    return this.names.at(this.words, i);
  }

  /** A demonym ("Chinese", "U.S.") starting at token i. */
  demonym(i: number): DemonymMatch | undefined {
    return this.demonyms.at(this.words, i);
  }

  /** A capital or seat of government standing for its state ("Beijing", "the Kremlin") at token i. */
  metonym(i: number): { entity: KnownEntity; length: number } | undefined {
    return this.metonyms.at(this.words, i);
  }

  /** An office ("Foreign Minister") starting at token i. */
  role(i: number): { role: Role; length: number } | undefined {
    return this.roles.at(this.words, i);
  }

  /** A body of a state ("Ministry of Foreign Affairs", "embassy") starting at token i. */
  body(i: number): { body: Body; length: number } | undefined {
    return this.bodies.at(this.words, i);
  }

  /** A role noun ("diplomat", "lawmakers") starting at token i. */
  agent(i: number): { agent: Agent; length: number } | undefined {
    return this.agents.at(this.words, i);
  }
}
