import { describe, expect, it } from 'vitest';
import { parseActors } from './actors.ts';
import { readPetrarchPeople } from './petrarch-people.ts';

const context = {
  isCountry: (id: string) => ['RUS', 'CHN', 'THA'].includes(id),
  roleOf: (title: string) =>
    ({ 'foreign minister': 'Foreign Minister', president: 'President' })[title.toLowerCase()],
};
const people = (entry: string) =>
  readPetrarchPeople(parseActors(entry), context).people.map(
    (p) =>
      `${p.label} [${(p.aliases ?? []).join(', ')}] ${p.surname ?? '-'}: ${p.terms.map((t) => `${t.role} ${t.represents} ${t.from ?? ''}-${t.to ?? ''}`).join(', ')}`,
  );

// One line per case: an entry of Phoenix.Countries.actors.txt, then the people it gives.
describe('readPetrarchPeople', () => {
  it.each([
    [
      'an open role named by its note runs through 2015; an ended one is stale',
      'SERGEY_LAVROV_  # CountryInfo.txt\n+SERGEI_LAVROV\n+LAVROV\n+RUSSIAN_FOREIGN_MINISTER_LAVROV\n\t[RUSGOV 19940922-20040712] # Amb. to UN\n\t[RUSGOV >20120309]  # Foreign Minister',
      ['Sergey Lavrov [Sergei Lavrov] Lavrov: Foreign Minister RUS 2012-03-2015-12'],
    ],
    [
      'a title among the synonyms names the role',
      'XI_JINPING\n+PRESIDENT_XI_JINPING\n\t[CHNGOV >20121115]',
      ['Xi Jinping [] -: President CHN 2012-11-2015-12'],
    ],
    ['no office named, only the sector: left out', 'YANG_JING_\n\t[CHNGOV >080401]', []],
    ['six-digit dates past 15 are of the 1900s: stale', 'BHUMIBOL_ADULYADEJ_\n\t[THAGOV >460609]', []],
    ['a role that ended before 2015 is stale', 'DONG_BIWU_\n\t[CHNGOV 681031-720224]', []],
    ['a role open since before 2012 is stale', 'ZHOU_LI_\n+PRESIDENT_ZHOU_LI\n\t[CHNGOV >20110309]', []],
    [
      'a legislator or elite speaks for no state',
      'ANNA_PETROVA_\n\t[RUSLEG >20100101]\n\t[RUSELI >20100101]',
      [],
    ],
    ['a title alone is no person', 'FOREIGN_MINISTER_X\n\t[RUSGOV >20100101]', []],
    ['one word is no full name', 'SUHARTO_\n\t[RUSGOV >20100101]', []],
  ])('%s', (_, entry, expected) => {
    expect(people(entry)).toEqual(expected);
  });
});
