// A trie keyed by token parts: finding the longest known name at a token costs one hash look-up per
// token of the name, and a failed look-up (the usual case) costs one.
import { keysAt, keysOf, POSSESSIVE, tokenizeName } from './normalize.ts';

interface Node<T> {
  /** Case-insensitive edges, keyed by the lower-case part. */
  ci?: Map<string, Node<T>>;
  /** Exact-case edges (acronyms), keyed by the part as written. */
  cs?: Map<string, Node<T>>;
  value?: T;
}

export interface TrieMatch<T> {
  value: T;
  /** Number of tokens the match spans (skipped hyphens and quotes inside it included). */
  length: number;
}

/** Decides whether a name found in the text counts, e.g. no proper name written all in lower case. */
export type Accept<T> = (value: T, hasUpper: boolean) => boolean;

/** Hyphens and quotes may sit inside a name ("al - Qaeda", "“I2U2” Group"), but not many in a row. */
const MAX_SKIPPED = 2;

export class PhraseTrie<T> {
  private readonly root: Node<T> = {};
  /**
   * A bit (startBit) for the first part of each name: four in five words asked about start no name, and
   * one bit turns about three in four of those away before a look-up in the root's large maps (false
   * positives only cost that look-up). Four kilobytes a trie.
   */
  private readonly starts = new Uint32Array(1024);

  /** Adds a name; returns the value already stored under the same key, which is kept (first wins). */
  insert(name: string, value: T): T | undefined {
    let node = this.root;
    let empty = true;
    for (const token of tokenizeName(name)) {
      for (const part of keysOf(token).parts) {
        if (empty) this.mayStartWith(part.ci);
        const edges = part.exact
          ? (node.cs ??= new Map<string, Node<T>>())
          : (node.ci ??= new Map<string, Node<T>>());
        const key = part.exact ? part.cs : part.ci;
        let next = edges.get(key);
        if (next === undefined) {
          next = {};
          edges.set(key, next);
        }
        node = next;
        empty = false;
      }
    }
    if (empty)
      throw new Error(`knowledge: the name "${name}" has no word in it; remove it from the data file`);
    if (node.value !== undefined) return node.value;
    node.value = value;
    return undefined;
  }

  /** The longest accepted name that starts at tokens[i]. */
  match(tokens: readonly string[], i: number, accept?: Accept<T>): TrieMatch<T> | undefined {
    // Exact-case parts need no test of their own: their lower case is their key here too.
    const first = keysAt(tokens, i).parts[0];
    if (first !== undefined && !this.mayStart(first.ci)) return undefined;
    let node = this.root;
    let best: TrieMatch<T> | undefined;
    let upper = false;
    let skipped = 0;
    for (let j = i; j < tokens.length; j++) {
      const keys = keysAt(tokens, j);
      const parts = keys.parts;
      if (parts.length === 0) {
        if (j === i || ++skipped > MAX_SKIPPED) return best;
        continue;
      }
      skipped = 0;
      upper ||= keys.upper;
      for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        if (part === undefined) break;
        // "Kremlin's": the name may end before the possessive, inside the token.
        if (part.ci === POSSESSIVE && k > 0 && k === parts.length - 1) {
          best = this.better(node, j - i + 1, upper, accept) ?? best;
        }
        // Exact-case edges are keyed by exact parts only: other parts need not look there.
        const next = (part.exact ? node.cs?.get(part.cs) : undefined) ?? node.ci?.get(part.ci);
        if (next === undefined) return best;
        node = next;
      }
      best = this.better(node, j - i + 1, upper, accept) ?? best;
    }
    return best;
  }

  /** Notes that a name starts with a part of this lower-case key. */
  private mayStartWith(ci: string): void {
    const bit = startBit(ci);
    this.starts[bit >>> 5] = (this.starts[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  /** Whether a name may start with a part of this lower-case key (false: none does). */
  private mayStart(ci: string): boolean {
    const bit = startBit(ci);
    return ((this.starts[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  private better(
    node: Node<T>,
    length: number,
    upper: boolean,
    accept?: Accept<T>,
  ): TrieMatch<T> | undefined {
    const value = node.value;
    if (value === undefined || (accept && !accept(value, upper))) return undefined;
    return { value, length };
  }
}

/**
 * A part's bit among 32768: the low five bits of its first two characters (26 letters apart, digits and
 * other characters sharing bits with them) and its length up to 31.
 */
function startBit(ci: string): number {
  return ((ci.charCodeAt(0) & 31) << 10) | ((ci.charCodeAt(1) & 31) << 5) | Math.min(ci.length, 31);
}
