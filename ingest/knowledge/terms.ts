// Offices over time: a person speaks for whom they served on the day of the document, not for whom they
// serve now (Kaja Kallas: Prime Minister of Estonia until 2024, then the EU's High Representative).
import type { KnownEntity, Term } from './types.ts';

/** Whether the term ran on `date` (YYYY, YYYY-MM or YYYY-MM-DD), at the precision of the term's dates. */
export function inTerm(term: Term, date: string): boolean {
  if (term.from !== undefined && date.slice(0, term.from.length) < term.from) return false;
  return term.to === undefined || date.slice(0, term.to.length) <= term.to;
}

/**
 * The office a known person held on `date`: their first term running then. Without a date, the main
 * (first) term, as the knowledge base knows them now; with a date no term covers, none: an article from
 * before someone took office does not make them speak for a country.
 */
export function officeOn(person: KnownEntity, date: string | undefined): Term | undefined {
  const terms = person.terms ?? [];
  return date === undefined ? terms[0] : terms.find((term) => inTerm(term, date));
}
