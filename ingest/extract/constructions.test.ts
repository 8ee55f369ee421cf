import { describe, expect, it } from 'vitest';
import { describeClaims } from './testing.ts';

// Constructions of reported news that state a position without a plain stance verb. One line per case.
describe('constructions of reported news', () => {
  it.each([
    [
      'a directive proposes the act called for',
      'The UK urged the United States to waive diplomatic immunity for the diplomat.',
      ['United Kingdom PROPOSES waive diplomatic immunity for the diplomat (stated)'],
    ],
    [
      'a call to stop opposes the addressee',
      'Greece called on Turkey to halt its drilling operations within the EEZ of Cyprus.',
      ['Greece OPPOSES Türkiye (stated)', 'Greece PROPOSES halt its drilling operations (stated)'],
    ],
    [
      'a critic of someone opposes them',
      'Alexei Navalny is an outspoken critic of Russian president Vladimir Putin.',
      ['Alexei Navalny OPPOSES Vladimir Putin (stated)'],
    ],
    [
      'a supporter named in apposition',
      'Amnesty International, a critic of Jair Bolsonaro, organised the protest.',
      ['Amnesty International OPPOSES Jair Bolsonaro (stated)'],
    ],
    [
      '"X-backed" with a demonym',
      'The Houthis, an Iranian-backed militia, claimed the attack.',
      ['Iran SUPPORTS Houthis (stated)'],
    ],
    [
      'a designation as terrorists',
      'The United States designated the IRGC as a terrorist organization.',
      ['United States OPPOSES Islamic Revolutionary Guard Corps (stated)'],
    ],
    [
      'a judgement as the complement of "call" or "find"',
      'Greece called the maritime border agreement null and void.',
      ['Greece OPPOSES maritime border agreement (stated)'],
    ],
    [
      'an act as a modifier stands for its agent',
      'The strike was aimed at deterring future Iranian attack plans, the Pentagon said.',
      ['United States OPPOSES Iran (intended)'],
    ],
    [
      'whoever is under sanctions is their target',
      'Because of its drilling operations there, Turkey is already under EU sanctions.',
      ['European Union OPPOSES Türkiye (stated)'],
    ],
    [
      'responsibility for deaths opposes the dead',
      'Iran was responsible for the deaths of hundreds of American service members.',
      ['Iran OPPOSES United States (stated)'],
    ],
    [
      'an announced policy is proposed',
      'Serbia announced new lockdown measures.',
      ['Serbia PROPOSES lockdown measures (stated)'],
    ],
    [
      'an announced restriction on an actor opposes it',
      'The United States announced new restrictions on flights to Cuba.',
      [
        'United States OPPOSES Cuba (stated)',
        'United States PROPOSES restrictions on flights to Cuba (stated)',
      ],
    ],
    [
      'members of an organisation as the agent of a passive',
      'Turkey’s offensive was condemned by members of the European Union.',
      ['European Union OPPOSES Türkiye (stated)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(describeClaims(text)).toEqual(expected);
  });
});
