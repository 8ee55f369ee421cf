// Phoenix.agents.txt (PETRARCH2's role nouns with their sectors) to agents: "diplomat" GOV, "lawmaker"
// LEG, "rebel" REB, so that "a senior Iranian diplomat" or "Russian lawmakers" can be resolved to the
// country or its body. Rules of exclusion are in ingest/knowledge/README.md.
import { countDrop, type Drops } from './drops.ts';

export type AgentSpeaksFor = 'country' | 'body' | 'none';

export interface BuiltAgent {
  /** Lower-case words, singular and plural forms each their own entry. */
  noun: string;
  /** Primary sector code: GOV, MIL, LEG, JUD, OPP, REB... */
  sector: string;
  speaksFor: AgentSpeaksFor;
}

/**
 * Sectors of actors in politics, and whom a holder speaks for: government, armed forces, intelligence
 * and police act for the state; legislators and courts for their body; the others for nobody but
 * themselves (opposition, rebels, parties, former officials, media, civil society, business, criminals,
 * refugees). Other sectors (agriculture, education, health, environment, religions, ethnic groups) are
 * professions or identities, not political roles, and are left out.
 */
const SECTORS: Record<string, AgentSpeaksFor> = {
  GOV: 'country',
  MIL: 'country',
  SPY: 'country',
  COP: 'country',
  LEG: 'body',
  JUD: 'body',
  OPP: 'none',
  REB: 'none',
  UAF: 'none',
  PTY: 'none',
  ELI: 'none',
  MED: 'none',
  CVL: 'none',
  NGO: 'none',
  HRI: 'none',
  LAB: 'none',
  BUS: 'none',
  CRM: 'none',
  REF: 'none',
};

/**
 * Head nouns of an institution: "ministry of foreign affairs", "commerce department", "chief's office"
 * name a body, not a person, and a body's name is no title before a personal name.
 */
const INSTITUTIONS = new Set(
  (
    'ministry ministries department departments office offices council councils commission commissions ' +
    'committee committees agency agencies bureau bureaus secretariat secretariats directorate directorates'
  ).split(' '),
);
/** One word naming an institution or a quality, which means other things too ("opposition to"). */
const ABSTRACT = /(ity|tion|sion|ment|ness|ship|ism|ance|ence|cy|hood)$/;
/** The dictionary's own letters: capitals, digits, joiners; anything else is mis-encoded or foreign. */
const PLAIN = /^[A-Z0-9_ .'&!-]+$/;

/**
 * Agents of the dictionary, less those `known` already names (roles, bodies and countries of the hand
 * data, which win) and those the rules leave out.
 */
export function readAgents(
  text: string,
  known: (noun: string) => boolean,
): { agents: BuiltAgent[]; drops: Drops } {
  const drops: Drops = {};
  const substitutions = new Map<string, string[]>();
  const agents = new Map<string, BuiltAgent>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.split('#', 1)[0]?.trim() ?? '';
    if (line === '') continue;
    const substitution = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (substitution) {
      substitutions.set(
        substitution[1] ?? '',
        (substitution[2] ?? '').split(',').map((w) => w.trim()),
      );
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]\s*$/.exec(line);
    if (!m) {
      countDrop(drops, 'entry: no sector to attach to a country ([IGO~]...)');
      continue;
    }
    const [, phrase = '', plural, code = ''] = m;
    const sector = code.slice(0, 3);
    const speaksFor = SECTORS[sector];
    if (speaksFor === undefined) {
      countDrop(drops, 'entry: a sector of professions or identities, not of politics');
      continue;
    }
    if (!PLAIN.test(phrase)) {
      countDrop(drops, 'entry: mis-encoded or not English');
      continue;
    }
    if (/_(IN|OF|FOR|AT|TO|ON|FROM)$/.test(phrase)) {
      countDrop(drops, 'entry: ends in a preposition (wants a name after it)');
      continue;
    }
    const singulars = expand(phrase, substitutions);
    const forms =
      plural === undefined
        ? singulars.flatMap((s) => [s, pluralOf(s)])
        : [...singulars, ...expand(plural, substitutions)];
    for (const form of forms) {
      const noun = words(form);
      if (noun === '') continue;
      if (INSTITUTIONS.has(headOf(noun))) {
        countDrop(drops, 'noun: an institution, not a person (ministry, department, office...)');
        continue;
      }
      if (!noun.includes(' ') && ABSTRACT.test(noun)) {
        countDrop(drops, 'noun: one abstract word (institution or quality)');
        continue;
      }
      if (known(noun)) {
        countDrop(drops, 'noun: named by the hand data (role, body, country)');
        continue;
      }
      if (!agents.has(noun)) agents.set(noun, { noun, sector, speaksFor });
    }
  }
  return { agents: [...agents.values()].sort((a, b) => a.noun.localeCompare(b.noun)), drops };
}

/** "GOVERNMENT_SPOKES!PERSON!" gives GOVERNMENT_SPOKESMAN, ...SPOKESWOMAN...; "!MINIST! FOR_X" MINISTER FOR_X... */
function expand(phrase: string, substitutions: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(phrase);
  if (!m) return [phrase];
  const options = substitutions.get(m[0]) ?? [];
  return options.flatMap((o) => expand(phrase.replace(m[0], o), substitutions));
}

function words(form: string): string {
  return form
    .replace(/_+$/, '')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The head of a noun: the last word before "of" or "for" ("chairman of the council"), else the last word. */
function headOf(noun: string): string {
  const words = noun.split(' ');
  const complement = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  return (complement > 0 ? words[complement - 1] : words.at(-1)) ?? '';
}

/**
 * Regular plurals, as PETRARCH makes them for entries without a `{...}` form, of the head: "CHAIRMEN_OF_THE
 * COUNCIL", not "CHAIRMAN_OF_THE_COUNCILS".
 */
function pluralOf(singular: string): string {
  const complement = /[_\s](OF|FOR)_/.exec(singular);
  if (complement) return pluralOf(singular.slice(0, complement.index)) + singular.slice(complement.index);
  const word = singular.replace(/_+$/, '');
  if (/(S|X|Z|CH|SH)$/.test(word)) return `${word}ES`;
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/MAN$/.test(word)) return `${word.slice(0, -3)}MEN`;
  return `${word}S`;
}
