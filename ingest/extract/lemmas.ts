// Lemmas of a window's tokens as wink-nlp gives them, in lower case. Asking wink-nlp for every token's
// lemma runs its lemmatizer again for each token, a few percent of the whole extraction; yet a lemma
// depends only on the word as written and its tag, and few pairs are new after the first pages, so each
// pair's lemma is remembered (the same as wink-nlp's on 12 million tokens of the benchmark corpus).
// Contractions are the exception (wink-nlp keeps their lemma in the token: "wo" of "won't" is "will",
// "wo" alone is "wo"), and are always asked.
import type { ItemToken, ItsFunction, Tokens } from 'wink-nlp';
import type { TextReader } from './wink.ts';

/** Pairs of words the model does not ship with remembered before the memory starts afresh. */
const LIMIT = 200_000;

/**
 * Lower-case lemmas for one tag or group of tags: of the words the model ships with by wink-nlp's index
 * (which stands for the same word in every instance), an array look-up, cheaper than a look-up by text,
 * for nine tokens in ten; of other words (names, numbers) by the word as written.
 */
class Lemmas {
  readonly shipped: (string | undefined)[] = [];
  readonly read = new Map<string, string>();

  constructor(shipped: number) {
    // Filled in order so the array keeps V8's fast elements (an array made with its length is sparse).
    for (let id = 0; id < shipped; id++) this.shipped.push(undefined);
  }
}

export class LemmaMemory {
  /**
   * One memory for each tag wink-nlp lemmatizes by (its lemmatizer reads the tag only for adjectives,
   * nouns and verbs; a word of any other tag has one lemma), so the tag needs no look-up of its own and a
   * word takes one entry for all the other tags.
   */
  private readonly adjectives: Lemmas;
  private readonly nouns: Lemmas;
  private readonly verbs: Lemmas;
  private readonly others: Lemmas;
  private size = 0;
  private readonly lemma: ItsFunction<string>;

  constructor(private readonly reader: TextReader) {
    // The typings of wink-nlp do not list lemma as a token property, though the model provides it.
    this.lemma = reader.its.lemma as unknown as ItsFunction<string>;
    [this.adjectives, this.nouns, this.verbs, this.others] = [0, 1, 2, 3].map(
      () => new Lemmas(reader.shipped),
    ) as [Lemmas, Lemmas, Lemmas, Lemmas];
  }

  /** The lemmas of `tokens`, whose wink-nlp indexes, words and tags are `ids`, `values` and `tags`. */
  of(tokens: Tokens, ids: readonly number[], values: readonly string[], tags: readonly string[]): string[] {
    const contractions = tokens.out(this.reader.its.contractionFlag) as unknown as boolean[];
    const lemmas: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      if (contractions[i]) {
        lemmas.push(this.asked(tokens.itemAt(i), value));
        continue;
      }
      const words = this.byTag(tags[i] ?? '');
      const id = ids[i] ?? -1;
      let lemma = words.shipped[id];
      if (lemma === undefined && id >= 0 && id < words.shipped.length) {
        lemma = this.asked(tokens.itemAt(i), value);
        words.shipped[id] = lemma;
      } else if (lemma === undefined) {
        lemma = words.read.get(value);
        if (lemma === undefined) {
          lemma = this.asked(tokens.itemAt(i), value);
          if (++this.size > LIMIT) this.forget();
          words.read.set(value, lemma);
        }
      }
      lemmas.push(lemma);
    }
    return lemmas;
  }

  private byTag(tag: string): Lemmas {
    if (tag === 'NOUN') return this.nouns;
    if (tag === 'VERB') return this.verbs;
    return tag === 'ADJ' ? this.adjectives : this.others;
  }

  /** wink-nlp's lemma; where its model has none ("cannot" left whole before a full stop), the word. */
  private asked(token: ItemToken, value: string): string {
    return ((token.out(this.lemma) as string | undefined) ?? value).toLowerCase();
  }

  private forget(): void {
    for (const words of [this.adjectives, this.nouns, this.verbs, this.others]) words.read.clear();
    this.size = 1;
  }
}
