import { describe, expect, it } from 'vitest';
import { readFactbook, readOffice, type FactbookRecord } from './factbook.ts';
import { readCapitalisedName } from './people-names.ts';

// One line per case: a name as the Factbook writes it, then label, surname and aliases.
describe('readCapitalisedName', () => {
  it.each([
    ['Keir STARMER', 'Keir Starmer', 'Starmer', []],
    ['Recep Tayyip ERDOĞAN', 'Recep Tayyip Erdoğan', 'Erdoğan', ['Recep Erdoğan']],
    ['Vladimir Vladimirovich PUTIN', 'Vladimir Vladimirovich Putin', 'Putin', ['Vladimir Putin']],
    ['Denis SASSOU-Nguesso', 'Denis Sassou-Nguesso', 'Sassou-Nguesso', []],
    ['Jose Eduardo DOS SANTOS', 'Jose Eduardo dos Santos', 'dos Santos', ['Jose dos Santos']],
    ['Abd-al-Fatah al-BURHAN Abd-al-Rahman', 'Abd-al-Fatah al-Burhan Abd-al-Rahman', 'al-Burhan', []],
    ['Ferdinand "BongBong" MARCOS', 'Ferdinand Marcos', 'Marcos', ['BongBong Marcos']],
    ['CHARLES III', 'Charles III', 'Charles', []],
    ["Pohiva TU'I'ONETOA", "Pohiva Tu'i'onetoa", "Tu'i'onetoa", []],
    ["Conor O'BRIEN", "Conor O'Brien", "O'Brien", []],
  ])('%s', (written, label, surname, aliases) => {
    expect(readCapitalisedName(written)).toEqual({ label, surname, aliases });
  });

  it('finds no name without a family name in capitals', () => {
    expect(readCapitalisedName('the president')).toBeUndefined();
  });
});

// One line per case: the text of an office, then "role: label from" or why it is left out.
describe('readOffice', () => {
  it.each([
    ['Prime Minister Keir STARMER (since 5 July 2024)', 'Prime Minister: Keir Starmer 2024-07'],
    [
      'Prime Minister Boris JOHNSON (Conservative) (since 24 July 2019)',
      'Prime Minister: Boris Johnson 2019-07',
    ],
    ['President Denis SASSOU-Nguesso (since 1997)', 'President: Denis Sassou-Nguesso 1997'],
    ['Queen ELIZABETH II (since 6 February 1952)', 'King: Elizabeth II 1952-02'],
    [
      'Sultan and Prime Minister Sir HASSANAL Bolkiah (since 5 October 1967)',
      'Sultan: Hassanal Bolkiah 1967-10',
    ],
    ['Acting Prime Minister Osman HUSSEIN (since 19 January 2022)', 'Prime Minister: Osman Hussein 2022-01'],
    [
      'President of the Government Pedro SANCHEZ Perez-Castejon (since 2 June 2018)',
      'Prime Minister: Pedro Sanchez Perez-Castejon 2018-06',
    ],
    ['King WILLEM-ALEXANDER of the Netherlands (since 30 April 2013)', 'King: Willem-Alexander 2013-04'],
    [
      'President Recep Tayyip ERDOGAN (chief of state since 28 August 2014; head of government since 2018); Vice President X',
      'President: Recep Tayyip Erdogan 2014-08',
    ],
    [
      'Vice President Constantino CHIWENGA (since 2017)',
      'office: a title that is no head of state or government (vice president, governor, council...)',
    ],
    ['President Emmanuel MACRON (since 14 May 2017)&nbsp;', 'President: Emmanuel Macron 2017-05'],
  ])('%s', (text, expected) => {
    const seen = readOffice(text, '2024-12-26');
    expect(typeof seen === 'string' ? seen : `${seen.role}: ${seen.name.label} ${seen.since ?? ''}`).toBe(
      expected,
    );
  });
});

const record = (snapshot: string, head: string, country = 'United Kingdom'): FactbookRecord => ({
  snapshot,
  country,
  chief_of_state: null,
  head_of_government: head,
});
const countryOf = (name: string) => ({ 'United Kingdom': 'GBR', 'Saint Martin': undefined })[name];

describe('readFactbook', () => {
  it('turns successive snapshots into terms: a successor ends the term when theirs starts', () => {
    const { people } = readFactbook(
      [
        record('2022-06-30', 'Prime Minister Boris JOHNSON (since 24 July 2019)'),
        record('2022-12-29', 'Prime Minister Rishi SUNAK (since 25 October 2022)'),
        record('2024-12-26', 'Prime Minister Keir STARMER (since 5 July 2024)'),
        record('2025-06-26', 'Prime Minister Keir STARMER (since 5 July 2024)'),
      ],
      countryOf,
    );
    expect(
      people.map(
        (p) =>
          `${p.label}: ${p.terms.map((t) => `${t.role} ${t.represents} ${t.from ?? ''}-${t.to ?? ''}`).join(', ')}`,
      ),
    ).toEqual([
      'Boris Johnson: Prime Minister GBR 2019-07-2022-10',
      'Keir Starmer: Prime Minister GBR 2024-07-',
      'Rishi Sunak: Prime Minister GBR 2022-10-2024-07',
    ]);
  });

  it('leaves out territories and monarchs represented by a governor, and counts them', () => {
    const { people, drops } = readFactbook(
      [
        record('2024-12-26', 'Premier X. JONES (since 2020)', 'Saint Martin'),
        {
          ...record('2024-12-26', 'Prime Minister Keir STARMER (since 5 July 2024)'),
          chief_of_state: 'King CHARLES III (since 2022); represented by Governor General Y. SMITH',
        },
      ],
      countryOf,
    );
    expect(people.map((p) => p.label)).toEqual(['Keir Starmer']);
    expect(drops).toEqual({
      'record: a territory or no sovereign state of ours': 1,
      'office: a head of state represented by a governor': 1,
    });
  });
});
