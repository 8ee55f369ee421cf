// Turns of a transcript ("THE PRESIDENT: ...", "Q ..."): a reporter's question, and whatever else the
// press says in its turn, states no position of anyone in the room.
import type { Sentence } from './sentences.ts';

/** "THE PRESIDENT:", "PRIME MINISTER SUNAK:", "MS. JEAN-PIERRE:": a speaker's label in capitals. */
const LABEL = /^[\p{Lu}][\p{Lu}\p{M} .'’-]*:/u;
/** "Q Will you go?", "Q: Will you go?": the press's turn. */
const QUESTION = /^Q(?::|\s)/;

export class Turns {
  private press = false;
  private end = 0;

  /** Whether `sentence` of `text` is said in a turn of the press. Sentences come in order. */
  isPress(sentence: Sentence, text: string): boolean {
    const opensParagraph = sentence.index === 0 || text.slice(this.end, sentence.start).includes('\n');
    this.end = sentence.end;
    if (opensParagraph) {
      if (QUESTION.test(sentence.text)) this.press = true;
      else if (LABEL.test(sentence.text)) this.press = false;
    }
    return this.press;
  }
}
