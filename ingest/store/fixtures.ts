// Hand-built DocumentGraphs for the store's tests, written as compactly as the cases they serve.
import type { DocumentGraph, Entity, EntityKind, LinkRelation, Modality, Stance } from '../model.ts';

/** `kind:id:Label|alias|alias`, e.g. `Country:CHN:China|Beijing`. */
type EntitySpec = string;
/** `source RELATION target`, e.g. `CHN SUPPORTS bri`, with an optional sentence index and speaker. */
type ClaimSpec = string | { claim: string; sentence?: number; speaker?: string; modality?: Modality };

export interface GraphSpec {
  id: string;
  date?: string;
  entities: EntitySpec[];
  claims?: ClaimSpec[];
  links?: string[];
}

export function entity(spec: EntitySpec): Entity {
  const [kind = '', id = '', names = ''] = spec.split(':');
  const [label = id, ...aliases] = names.split('|');
  return { id, label, kind: kind as EntityKind, aliases };
}

export function documentGraph({ id, date, entities, claims = [], links = [] }: GraphSpec): DocumentGraph {
  const sentence = (i: number): string => `Sentence ${i} of ${id}.`;
  const evidence = (i: number) => ({
    documentId: id,
    sentenceIndex: i,
    sentence: sentence(i),
    start: i * 100,
    end: i * 100 + sentence(i).length,
  });
  const parsed = entities.map(entity);
  return {
    document: { id, title: `Title of ${id}`, origin: `fixtures/${id}.txt`, ...(date ? { date } : {}) },
    sentenceCount: Math.max(1, claims.length + links.length),
    wordCount: 42,
    entities: parsed,
    mentions: Object.fromEntries(parsed.map((e, i) => [e.id, i + 1])),
    claims: claims.map((spec, i) => {
      const {
        claim,
        sentence: at = i,
        speaker,
        modality = 'stated',
      } = typeof spec === 'string' ? { claim: spec } : spec;
      const [source = '', relation = '', target = ''] = claim.split(' ');
      return {
        id: `${id}#${at}:${source}-${relation}-${target}`,
        source,
        relation: relation as Stance,
        target,
        modality,
        evidence: evidence(at),
        ...(speaker ? { speaker } : {}),
      };
    }),
    links: links.map((spec, i) => {
      const [source = '', relation = '', target = ''] = spec.split(' ');
      return { id: `${id}~${i}`, source, relation: relation as LinkRelation, target, evidence: evidence(i) };
    }),
  };
}

/** A small world modelled on the founding article, for exact expected answers. */
export const MOSCOW = documentGraph({
  id: 'moscow',
  date: '2020-09-11',
  entities: [
    'Country:CHN:China|Chinese side',
    'Country:RUS:Russia|Russian side',
    'Country:USA:United States|US',
    'Person:wang-yi:Wang Yi|Wang|Minister Wang',
    'Person:sergei-lavrov:Sergei Lavrov|Lavrov',
    'Initiative:belt-and-road-initiative:Belt and Road Initiative|BRI',
    'Initiative:indo-pacific-strategy:Indo-Pacific strategy',
    'Organization:who:World Health Organization|WHO',
    'Initiative:global-initiative-on-data-security:Global Initiative on Data Security',
  ],
  claims: [
    { claim: 'CHN SUPPORTS belt-and-road-initiative', speaker: 'wang-yi' },
    { claim: 'RUS SUPPORTS belt-and-road-initiative', speaker: 'wang-yi' },
    { claim: 'CHN SUPPORTS who', speaker: 'wang-yi' },
    { claim: 'RUS SUPPORTS who', speaker: 'wang-yi' },
    { claim: 'CHN OPPOSES USA', speaker: 'wang-yi' },
    { claim: 'sergei-lavrov OPPOSES indo-pacific-strategy', speaker: 'sergei-lavrov' },
    { claim: 'sergei-lavrov OPPOSES USA', speaker: 'sergei-lavrov', sentence: 5 },
    { claim: 'USA SUPPORTS indo-pacific-strategy', speaker: 'sergei-lavrov', sentence: 5 },
    { claim: 'CHN PROPOSES global-initiative-on-data-security', speaker: 'wang-yi' },
    {
      claim: 'RUS SUPPORTS global-initiative-on-data-security',
      speaker: 'sergei-lavrov',
      modality: 'intended',
    },
  ],
  links: ['wang-yi REPRESENTS CHN', 'sergei-lavrov REPRESENTS RUS', 'wang-yi MEETS sergei-lavrov'],
});

/** A second document on China a month later: shares China, Wang Yi and his REPRESENTS edge with MOSCOW. */
export const BEIJING = documentGraph({
  id: 'beijing',
  date: '2020-10-02',
  entities: [
    'Country:CHN:People’s Republic of China|PRC',
    'Person:wang-yi:Wang Yi|the Chinese top diplomat',
    'Concept:multilateralism:multilateralism',
  ],
  claims: [{ claim: 'CHN SUPPORTS multilateralism', speaker: 'wang-yi' }],
  links: ['wang-yi REPRESENTS CHN'],
});

/** The item at `index`, for tests that build variants of a fixture. */
export function at<T>(list: readonly T[], index = 0): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixtures: no item ${index} in a list of ${list.length}`);
  return item;
}
