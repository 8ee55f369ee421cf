// Integrity of the data files as a whole: what a hand edit could break without any look-up test noticing.
import { describe, expect, it } from 'vitest';
import { checkReferences, loadKnowledge, type KnownEntity, type Loaded } from './index.ts';

const kb = loadKnowledge();
const entities = [...kb.entities.values()];

describe('knowledge data', () => {
  it('has every sovereign state with its codes', () => {
    const states = kb.countries.filter((c) => c.kind === 'Country');
    expect(states.length).toBeGreaterThanOrEqual(197);
    for (const c of states) {
      expect(c.iso3, c.label).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2, c.label).toMatch(/^[A-Z]{2}$/);
      expect(c.id, c.label).toBe(c.iso3);
    }
  });

  it('has a demonym and a capital for every sovereign state but a few', () => {
    const states = kb.countries.filter((c) => c.kind === 'Country');
    expect(states.filter((c) => c.demonyms.length === 0).map((c) => c.id)).toEqual([]);
    expect(states.filter((c) => c.capitals.length === 0).map((c) => c.id)).toEqual([]);
  });

  it('finds every entity by its label and each of its aliases', () => {
    const misses = entities
      .filter((e) => !(e.kind === 'Place' && 'iso3' in e))
      .flatMap((e) =>
        [e.label, ...e.aliases].filter((name) => kb.lookup(name)?.id !== e.id).map((n) => `${e.id}: ${n}`),
      );
    expect(misses).toEqual([]);
  });

  it('resolves only the names claimed twice that the data means to resolve', () => {
    expect(kb.conflicts).toEqual([
      '"Brussels": eu kept, BEL left out',
      '"Congolese": COD kept, COG left out',
      '"Dominican": DOM kept, DMA left out',
      '"Dominicans": DOM kept, DMA left out',
    ]);
  });

  it('gives every person with an office a role that speaks for someone known', () => {
    const people = entities.filter((e) => e.kind === 'Person' && e.terms);
    expect(people.length).toBeGreaterThan(300);
    for (const person of people) {
      for (const term of person.terms ?? []) {
        expect(kb.findRole(term.role), `${person.id}: ${term.role}`).toBeDefined();
        expect(kb.entities.has(term.represents), `${person.id}: ${term.represents}`).toBe(true);
        if (term.from && term.to) expect(term.from <= term.to, person.id).toBe(true);
      }
    }
  });
});

describe('checkReferences', () => {
  const china = kb.entities.get('CHN');
  const role = kb.findRole('Foreign Minister');
  if (!china || !role) throw new Error('the knowledge base lacks China or the foreign minister role');
  const loaded = (...entities: KnownEntity[]): Loaded => ({
    countries: [],
    entries: [
      { entity: china, file: 'countries.json', ambiguous: [] },
      ...entities.map((entity) => ({ entity, file: 'test.json', ambiguous: [] })),
    ],
    roles: [role],
    preferredDemonyms: new Map(),
  });
  const findRole = (title: string) => (title === 'Foreign Minister' ? role : undefined);

  it.each([
    // entity, what the error must say
    [
      { id: 'CHN', label: 'Cathay', kind: 'Country', aliases: [] },
      /test\.json: CHN: id already used in countries\.json/,
    ],
    [
      { id: 'club', label: 'Club', kind: 'Organization', aliases: [], members: ['XYZ'] },
      /club \(Club\): member XYZ is not a known country id/,
    ],
    [
      { id: 'wang-yi', label: 'Wang Yi', kind: 'Person', aliases: [], represents: 'chn' },
      /represents chn, which is no known id/,
    ],
    [
      {
        id: 'wang-yi',
        label: 'Wang Yi',
        kind: 'Person',
        aliases: [],
        terms: [{ role: 'Top Dog', represents: 'CHN' }],
      },
      /role "Top Dog" matches no role in roles\.json/,
    ],
  ] satisfies [KnownEntity, RegExp][])('refuses %j', (entity, message) => {
    expect(() => {
      checkReferences(loaded(entity), findRole);
    }).toThrow(message);
  });

  it('accepts a person who speaks for a known country in a known role', () => {
    const wang: KnownEntity = {
      id: 'wang-yi',
      label: 'Wang Yi',
      kind: 'Person',
      aliases: [],
      terms: [{ role: 'Foreign Minister', represents: 'CHN' }],
    };
    expect(() => {
      checkReferences(loaded(wang), findRole);
    }).not.toThrow();
  });
});
