// Word classes of the heads of object phrases (ingest/lexicon/targets.json), shared by what a phrase stands
// for (targets.ts) and the issues a phrase names itself (open-targets.ts).
import words from '../lexicon/targets.json' with { type: 'json' };

export const TRANSPARENT = new Set(words.transparent);
export const MUTUAL = new Set(words.mutual);
export const PEOPLE = new Set(words.people);
export const INSTRUMENTS = new Set(words.instruments);
export const ISSUES = new Set(words.issues);
export const THINGS = new Set(words.things);
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
