// Word classes of object phrases, shared by what a phrase stands for (targets.ts), the issues a phrase
// names itself (open-targets.ts), holders (owners.ts) and objects (objects.ts): the heads of
// ingest/lexicon/targets.json, and the prepositions that name who acts.
import words from '../lexicon/targets.json' with { type: 'json' };

export const TRANSPARENT = new Set(words.transparent);
export const MUTUAL = new Set(words.mutual);
export const PEOPLE = new Set(words.people);
export const INSTRUMENTS = new Set(words.instruments);
export const ISSUES = new Set(words.issues);
export const THINGS = new Set(words.things);
/** Who acts or holds a position: "attacks by X", "opposition from France". */
export const AGENT_LINKS = new Set(['by', 'from']);
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
