import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline.ts';

function links(text: string, date?: string): string[] {
  const graph = extractDocument({ id: 'test', origin: 'test', text, date });
  return graph.links.map((l) => `${l.source} ${l.relation} ${l.target}`).sort();
}

// One line per case: text, then "source RELATION target" per structural link.
describe('structural links', () => {
  it.each([
    [
      'a title gives REPRESENTS',
      'Russian Foreign Minister Sergei Lavrov arrived.',
      ['sergei-lavrov REPRESENTS RUS'],
    ],
    [
      'an ambassador speaks for the country that sends them, not the host',
      'US Ambassador to Germany Richard Grenell alleged it.',
      ['richard-grenell REPRESENTS USA'],
    ],
    [
      'a former office holder, a legislator and a cleric speak for nobody',
      'Former US President Barack Obama, Senator Ted Cruz and archbishop Jorge Scheinig spoke.',
      [],
    ],
    [
      'an office in apposition',
      "Alberto van Klaveren, Chile's foreign minister, spoke.",
      ['alberto-van-klaveren REPRESENTS CHL'],
    ],
    [
      'counterparts named after their countries, in order ("respectively")',
      'Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo.',
      [
        'jean-yves-le-drian REPRESENTS FRA',
        'nikos-christodoulides REPRESENTS CYP',
        'nikos-dendias REPRESENTS GRC',
        'sameh-shoukry REPRESENTS EGY',
      ],
    ],
    [
      'a counterpart in apposition',
      'Sameh Shoukry, the Egyptian foreign minister, and his Greek counterpart, Nikos Dendias, spoke.',
      ['nikos-dendias REPRESENTS GRC', 'sameh-shoukry REPRESENTS EGY'],
    ],
    [
      'an unknown state before an office is the government the holder serves',
      'It was said by California Attorney General Xavier Becerra.',
      ['xavier-becerra REPRESENTS california'],
    ],
    [
      'a journalist speaks for nobody, a diplomat for the country the title names',
      'Iranian journalist Ali Reza met Iranian diplomat Hossein Amir.',
      ['ali-reza MEETS hossein-amir', 'hossein-amir REPRESENTS IRN'],
    ],
    [
      'a meeting',
      'Wang Yi met with Sergei Lavrov in Moscow.',
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi MEETS sergei-lavrov', 'wang-yi REPRESENTS CHN'],
    ],
    [
      'partners named together all meet',
      'Wang Yi met with Sergei Lavrov, Antony Blinken and Penny Wong.',
      [
        'antony-blinken REPRESENTS USA',
        'penny-wong REPRESENTS AUS',
        'sergei-lavrov REPRESENTS RUS',
        'wang-yi MEETS antony-blinken',
        'wang-yi MEETS penny-wong',
        'wang-yi MEETS sergei-lavrov',
        'wang-yi REPRESENTS CHN',
      ],
    ],
    [
      'a time and a venue between the meeting and the partner',
      'Wang Yi met on Monday in Moscow with Sergei Lavrov.',
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi MEETS sergei-lavrov', 'wang-yi REPRESENTS CHN'],
    ],
    [
      'a time that starts with "this"',
      'Wang Yi spoke this morning over the phone with Sergei Lavrov.',
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi MEETS sergei-lavrov', 'wang-yi REPRESENTS CHN'],
    ],
    [
      'a topic is no partner',
      'Wang Yi has spoken to this publicly about how Sergei Lavrov sees it.',
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi REPRESENTS CHN'],
    ],
    [
      'a possessor is no partner',
      "Wang Yi met Sergei Lavrov's deputy.",
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi REPRESENTS CHN'],
    ],
    ['a place is no partner', 'Wang Yi met today in Moscow with students.', ['wang-yi REPRESENTS CHN']],
    [
      'the owner of a meeting meets, not the first actor of the sentence',
      "Sullivan briefed on U.S. efforts, including Secretary Blinken's upcoming meeting with Foreign Minister Sergei Lavrov.",
      ['antony-blinken MEETS sergei-lavrov', 'antony-blinken REPRESENTS USA', 'sergei-lavrov REPRESENTS RUS'],
    ],
    [
      'a possessive pronoun owns a meeting too',
      'Wang Yi arrived. China welcomed his meeting with Sergei Lavrov.',
      ['sergei-lavrov REPRESENTS RUS', 'wang-yi MEETS sergei-lavrov', 'wang-yi REPRESENTS CHN'],
    ],
    [
      'membership before the members',
      'As permanent members of the UN Security Council, China and Russia act.',
      ['CHN MEMBER_OF unsc', 'RUS MEMBER_OF unsc'],
    ],
    ['"the meeting of" is no meeting between actors', 'Russia hosted the meeting of the SCO.', []],
  ])('%s', (_name, text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

// One line per case: text, the document's date, then the REPRESENTS links.
describe('whom a known person represents', () => {
  it.each([
    ['the office held on the date', 'Kaja Kallas arrived.', '2022-02-18', ['kaja-kallas REPRESENTS EST']],
    ['a later office on a later date', 'Kaja Kallas arrived.', '2025-03-01', ['kaja-kallas REPRESENTS eu']],
    ['no office before the first term', 'Joe Biden arrived.', '2019-06-01', []],
    ['the current office without a date', 'Kaja Kallas arrived.', undefined, ['kaja-kallas REPRESENTS eu']],
    [
      'a description of an office is its holder on the date',
      'The British Prime Minister arrived.',
      '2020-01-10',
      ['boris-johnson REPRESENTS GBR'],
    ],
    [
      'the holder of an earlier date',
      'The British Prime Minister arrived.',
      '2017-01-10',
      ['theresa-may REPRESENTS GBR'],
    ],
    [
      'a former office holder speaks for nobody',
      'Former prime minister Theresa May arrived.',
      '2017-01-10',
      [],
    ],
    [
      'the office the text states',
      'Prime Minister Kaja Kallas of Estonia arrived.',
      undefined,
      ['kaja-kallas REPRESENTS EST'],
    ],
  ])('%s', (_name, text, date, expected) => {
    expect(links(text, date).filter((l) => l.includes('REPRESENTS'))).toEqual(expected);
  });
});
