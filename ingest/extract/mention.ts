// What a mention is: a span of a sentence that names an actor or an issue, or refers to one.

export type Reference = 'person' | 'group' | 'author' | 'body' | 'state';

export interface Mention {
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** The entities it stands for (several for "they", "we"); empty until a reference is resolved. */
  ids: string[];
  /** Set for pronouns and group phrases, which the discourse step resolves. */
  reference?: Reference;
  /** Followed by "'s": the owner of what follows ("China's support for ..."). */
  possessive: boolean;
}

/**
 * Every mention is made here, with all its fields in one order: V8 then sees one object shape, instead
 * of one per combination of fields, and does not throw away the compiled steps that read mentions each
 * time a new combination turns up.
 */
export function mention(
  start: number,
  end: number,
  ids: string[],
  reference?: Reference,
  possessive = false,
): Mention {
  return { start, end, ids, reference, possessive };
}
