// Step 3: noun phrases and clauses. Later steps read whole phrases (what a stance is about, whether a name
// is the head of its phrase or only a modifier) and clauses (whose subject holds a position) instead of
// windows of tokens. Names found by the mention step are kept whole, as one noun each.
import { chunk, type NounPhrase, type Span } from './chunker.ts';
import { clausesOf, type Clause } from './clauses.ts';
import { isListedInfinitive } from './cues.ts';
import type { Token } from './sentences.ts';
import { wordClasses } from './word-classes.ts';

export type { Complement, NounPhrase, Span } from './chunker.ts';
export type { Clause, ClauseKind } from './clauses.ts';

/** The phrases and clauses of one sentence. */
const CONJUNCTIONS = new Set(['and', 'or', ',']);
/** Most phrases looked back through for the start of a list. */
const MAX_LIST = 12;

export class Phrases {
  readonly nps: NounPhrase[];
  readonly clauses: Clause[];
  /** For each token, the base phrase covering it (-1 for none). */
  private readonly npAt: readonly number[];
  private readonly clauseAt: number[];

  /**
   * `atoms`: spans that are one name whatever their words ("the Belt & Road Initiative", "Association of
   * Southeast Asian Nations", "Foreign Minister Wang Yi"). `classes`: the tokens' word classes.
   */
  constructor(
    readonly tokens: readonly Token[],
    atoms: readonly Span[] = [],
    classes: readonly number[] = wordClasses(tokens),
  ) {
    ({ nps: this.nps, npAt: this.npAt } = chunk(tokens, atoms, classes));
    this.clauses = clausesOf(tokens, this.nps, this.npAt, classes);
    this.clauseAt = new Array<number>(tokens.length).fill(0);
    this.clauses.forEach((c, i) => this.clauseAt.fill(i, c.start, c.end));
    this.shareOwners();
  }

  /** "Ukraine's sovereignty and territorial integrity": a bare conjunct has the owner of the first. */
  private shareOwners(): void {
    for (const np of this.nps) {
      if (np.owner < 0) continue;
      for (const conjunct of this.coordinated(np).slice(1)) {
        if (conjunct.owner < 0 && conjunct.start === conjunct.body) conjunct.owner = np.owner;
      }
    }
  }

  /** The base phrase covering token k. */
  npOf(k: number): NounPhrase | undefined {
    const i = this.npAt[k] ?? -1;
    return i < 0 ? undefined : this.nps[i];
  }

  /** The phrase starting exactly at token k. */
  npStartingAt(k: number): NounPhrase | undefined {
    const np = this.npOf(k);
    return np?.start === k ? np : undefined;
  }

  /** The phrase an owner owns ("Putin" in "Putin's war" gives "Putin's war"). */
  owned(np: NounPhrase): NounPhrase | undefined {
    const next = this.nps[np.index + 1];
    return next?.owner === np.index ? next : undefined;
  }

  /** The phrase a complement belongs to, up the chain: "technology" in "the misuse of technology" gives "the misuse". */
  outermost(np: NounPhrase): NounPhrase {
    let outer = np;
    for (;;) {
      const first = this.firstConjunct(outer);
      const parent = this.nps.find((other) => other.complements.some((c) => c.np === first.index));
      if (!parent) return outer;
      outer = parent;
    }
  }

  /** The first phrase of the list `np` ends or stands in: "Turkey" for "Libya" in "between Turkey and Libya". */
  private firstConjunct(np: NounPhrase): NounPhrase {
    if (!CONJUNCTIONS.has(this.tokens[np.start - 1]?.lower ?? '')) return np;
    for (let i = np.index - 1; i >= 0 && i >= np.index - MAX_LIST; i--) {
      const candidate = this.nps[i] as NounPhrase;
      if (this.coordinated(candidate).includes(np)) return candidate;
    }
    return np;
  }

  /**
   * The phrase that `np` stands in apposition to: "The Houthis" for "an Iranian-backed militia" in "The
   * Houthis, an Iranian-backed militia,", also across a parenthesis ("the PMF (PMF), an ...").
   */
  apposed(np: NounPhrase): NounPhrase | undefined {
    let k = np.start - 1;
    if (this.tokens[k]?.text !== ',') return undefined;
    k--;
    if (this.tokens[k]?.text === ')') {
      // "the Popular Mobilization Forces (PMF), an ...": a name may hold its parenthesis.
      const named = this.npOf(k);
      if (named?.extent === k + 1) return named;
      while (k > 0 && this.tokens[k]?.text !== '(') k--;
      k--;
    }
    const before = this.npOf(k);
    return before && before.extent === k + 1 ? this.outermost(before) : undefined;
  }

  clauseOf(k: number): Clause {
    return this.clauses[this.clauseAt[k] ?? 0] ?? { start: 0, end: this.tokens.length, kind: 'main' };
  }

  /** The clause before the one holding token k, if any. */
  clauseBefore(k: number): Clause | undefined {
    const i = this.clauseAt[k] ?? 0;
    return i > 0 ? this.clauses[i - 1] : undefined;
  }

  /**
   * The phrases joined to `np` by commas and "and"/"or"/"as well as": "China, India, Oman, Pakistan, and
   * Russia", "the Persian Gulf, the Gulf of Oman and the Strait of Hormuz". `np` comes first.
   */
  coordinated(np: NounPhrase): NounPhrase[] {
    const list = [np];
    // "sanctions on Russia for its war against Ukraine and global peace": "and" after a phrase with
    // complements joins the innermost of them, not the phrase.
    if (np.complements.length > 0) return list;
    // Phrases after commas join the list only once "and", "or" or "as well as" closes it: "X, Wang said"
    // is no list.
    let committed = 1;
    let last = np;
    for (;;) {
      const next = this.conjunctAfter(last.extent);
      if (!next) break;
      list.push(next.np);
      last = next.np;
      if (next.closes) {
        committed = list.length;
        break;
      }
    }
    return list.slice(0, committed);
  }

  /**
   * "N such as X and Y", "N, including X": the examples a phrase is followed by. Without a comma they are
   * examples of the innermost phrase ("dissidents in nations including Denmark"), not of `np`.
   */
  examples(np: NounPhrase): NounPhrase[] {
    const t = this.tokens;
    let k = np.extent;
    if (t[k]?.text === ',') k++;
    else if (np.extent > np.end) return [];
    if (t[k]?.lower === 'such' && t[k + 1]?.lower === 'as') k += 2;
    else if (t[k]?.lower === 'including' || t[k]?.lower === 'like') k++;
    else return [];
    // Examples may run long ("reports of Russia placing bounties on ..., interference in ..."): each
    // phrase that opens an item of the list, up to the end of the clause.
    const end = this.clauseOf(k).end;
    const items: NounPhrase[] = [];
    for (let j = k; j < end; j++) {
      const np = this.npStartingAt(j);
      const prev = t[j - 1]?.lower;
      if (np && !np.pronoun && (j === k || prev === ',' || prev === 'and' || prev === 'or')) items.push(np);
    }
    return items;
  }

  private conjunctAfter(k: number): { np: NounPhrase; closes: boolean } | undefined {
    const t = this.tokens;
    let j = k;
    if (t[j]?.text === ',') j++;
    const word = t[j]?.lower;
    let closes = true;
    if (word === 'and' || word === 'or') j++;
    else if (word === 'as' && t[j + 1]?.lower === 'well' && t[j + 2]?.lower === 'as') j += 3;
    else if (j === k) return undefined;
    else closes = false;
    const np = this.npStartingAt(j);
    // "X, and Y said": a new clause, not a list; "X, combat corruption": a verb and its object.
    if (!np || np.pronoun || this.clauseAt[j] !== this.clauseAt[k - 1] || isListedInfinitive(t, j))
      return undefined;
    return { np, closes };
  }
}
