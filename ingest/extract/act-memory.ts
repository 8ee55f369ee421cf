// Acts already told in a document. Hostile acts, by class, with who did them and to whom: a later mention
// that names no one ("the attack", "the invasion", "this legal action") refers back to the latest act of
// its class ("Drones attacked Saudi oil facilities ... The attack was claimed by the Houthis"). And the
// last proposal: "the call", "the request" ("Macron called for G7 action ... Merkel seconded the call").
import words from '../lexicon/targets.json' with { type: 'json' };
import { ACT_VERB, addWords } from './word-classes.ts';

const NOUN_CLASS = new Map(words.acts.flatMap((group) => group.map((w) => [w, group[0] as string])));
const VERB_CLASS = new Map(Object.entries(words.actVerbs));
addWords(ACT_VERB, 'lemma', VERB_CLASS.keys());

export interface Proposal {
  target: string;
  proposers: string[];
}

export interface ToldAct {
  agents: readonly string[];
  patients: readonly string[];
}

/** Sentences after which a told act is no longer what "the attack" means: journalism moves on. */
const RECENT = 2;

export class ActMemory {
  private readonly told = new Map<string, ToldAct & { sentence: number }>();
  private proposal: Proposal | undefined;
  private sentence = 0;

  /** Moves on to the next sentence of the document. */
  advance(): void {
    this.sentence++;
  }

  /** The class of an act noun ("airstrike" and "attack" are one), if it is one. */
  static nounClass(word: string): string | undefined {
    return NOUN_CLASS.get(word);
  }

  /** The class of the act a hostile verb does ("invaded": an invasion). */
  static verbClass(lemma: string): string | undefined {
    return VERB_CLASS.get(lemma);
  }

  /** Remembers an act of a class; a later one of the class replaces it. */
  note(kind: string | undefined, act: ToldAct): void {
    if (kind !== undefined && (act.agents.length > 0 || act.patients.length > 0))
      this.told.set(kind, { ...act, sentence: this.sentence });
  }

  /**
   * Remembers what was last proposed, and by whom: "the call", "the request", "his recommendation" refer
   * to it, and seconding it backs its proposers too.
   */
  noteProposal(target: string, proposer: string): void {
    if (this.proposal?.target !== target) this.proposal = { target, proposers: [] };
    if (!this.proposal.proposers.includes(proposer)) this.proposal.proposers.push(proposer);
  }

  latestProposal(): Proposal | undefined {
    return this.proposal;
  }

  /** The latest act of a class told in this sentence or the two before it. */
  latest(kind: string | undefined): ToldAct | undefined {
    const act = kind === undefined ? undefined : this.told.get(kind);
    return act && this.sentence - act.sentence <= RECENT ? act : undefined;
  }
}
