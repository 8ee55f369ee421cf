// wink-nlp as extraction needs it: every text read as a new instance would read it. An instance adds
// each word missing from its model to that model for as long as it lives, and its tokenizer then takes
// such a word as known: it keeps "President’s" whole where it would have split it, which changes tokens,
// tags and even sentence ends (around "M.S." in biographies). What one document contained would change
// how the next is read, and with worker threads which documents a thread read before depends on timing.
// So the words a text added are forgotten before the next text is read; a new instance (about 0.1 s) is
// made now and then, because forgotten words still take memory inside the old one.
import winkNLP, { type Document, type ItsHelpers } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink-nlp's core model its cache grows: every word read, its index the position in `list`. */
interface Lexemes {
  list: string[];
  hash: Record<string, number | undefined>;
}

/** Words added (kept or forgotten) after which a new instance is made: about 25 MB of news text. */
const RENEW_AFTER = 200_000;

export interface TextReader {
  readDoc(text: string): Document;
  its: ItsHelpers;
  /**
   * Every word of the instance that read the last text, by wink-nlp's index of it (`its.uniqueId`): the
   * word of a token is `words()[its.uniqueId]`, as `its.value` reads it.
   */
  words(): readonly string[];
  /**
   * How many words the model ships with: below this, an index stands for the same word in every instance,
   * whatever it read (words read are added after them).
   */
  readonly shipped: number;
}

/** A wink-nlp with the given pipe whose `readDoc` never depends on the texts it read before. */
export function freshReader(pipe: string[], renewAfter = RENEW_AFTER): TextReader {
  let lexemes: Lexemes = { list: [], hash: {} };
  // The core model is made by the instance; keeping a hold on it is the only way to reach its words.
  const core = (): unknown => {
    const made = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core();
    lexemes = made.features.lexeme;
    return made;
  };
  const create = () => winkNLP({ ...model, core }, pipe);
  let nlp = create();
  let shipped = lexemes.list.length;
  let forgotten = shipped;
  return {
    its: nlp.its,
    words: () => lexemes.list,
    shipped,
    readDoc(text) {
      if (lexemes.list.length - shipped > renewAfter) {
        nlp = create();
        shipped = forgotten = lexemes.list.length;
      }
      const { list, hash } = lexemes;
      // Each word is in the hash once, so the words past `forgotten` are exactly those added since.
      for (let i = forgotten; i < list.length; i++) Reflect.deleteProperty(hash, list[i] as string);
      forgotten = list.length;
      return nlp.readDoc(text);
    },
  };
}
