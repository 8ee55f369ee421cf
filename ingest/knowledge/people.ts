// People from the generated files (data/built/) joined with the hand data: the hand entry keeps its id,
// names and main term, and gains the offices it lacks; a person both sources know is one entity.
import { slugify } from '../input/id.ts';
import type { Loaded } from './index.ts';
import type { KnownEntity, Term } from './types.ts';

/**
 * Adds built people to `entries`, merging each into a person already there with one of its names
 * (compared as slugs: "Recep Tayyip Erdogan" is "Recep Tayyip Erdoğan") or its id.
 */
export function mergePeople(entries: Loaded['entries'], built: readonly KnownEntity[], file: string): void {
  const byName = new Map<string, KnownEntity>();
  const index = (person: KnownEntity) => {
    for (const name of [person.id, person.label, ...person.aliases]) {
      const key = slugify(name);
      if (!byName.has(key)) byName.set(key, person);
    }
  };
  const ids = new Set(entries.map((e) => e.entity.id));
  for (const { entity } of entries) if (entity.kind === 'Person') index(entity);
  for (const person of built) {
    const known = [person.id, person.label, ...person.aliases]
      .map((name) => byName.get(slugify(name)))
      .find((p) => p !== undefined);
    if (known) {
      joinTerms(known, person.terms ?? []);
    } else if (!ids.has(person.id)) {
      entries.push({ entity: person, file, ambiguous: [] });
      ids.add(person.id);
      index(person);
    }
  }
}

/**
 * Offices the person lacks: a term for an entity the person has no term for in that time (a source that
 * says "official" of a known minister's years adds nothing), nor in that role at any time.
 */
function joinTerms(person: KnownEntity, terms: readonly Term[]): void {
  const held = person.terms ?? [];
  const added = terms.filter(
    (t) => !held.some((h) => h.represents === t.represents && (h.role === t.role || overlap(h, t))),
  );
  if (added.length === 0) return;
  person.terms = [...held, ...added];
  person.represents ??= person.terms[0]?.represents;
  person.role ??= person.terms[0]?.role;
}

/** Whether two terms share a month; open ends run on, and "2015" reaches to 2015-12. */
function overlap(a: Term, b: Term): boolean {
  const end = (t: Term) => (t.to === undefined ? '9999' : `${t.to}-99`);
  return (a.from ?? '') <= end(b) && (b.from ?? '') <= end(a);
}
