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

  /** Adds a name; returns the value already stored under the same key, which is kept (first wins). */
  insert(name: string, value: T): T | undefined {
    let node = this.root;
    let empty = true;
    for (const token of tokenizeName(name)) {
      for (const part of keysOf(token).parts) {
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
