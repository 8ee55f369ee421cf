import { describe, expect, it } from 'vitest';
import { readAgents } from './agents.ts';

const SUBSTITUTIONS = '!PERSON! = MAN, WOMAN\n!MINIST! = MINISTER, MINISTRY\n';
const agents = (line: string, known: string[] = []) =>
  readAgents(SUBSTITUTIONS + line, (noun) => known.includes(noun)).agents.map(
    (a) => `${a.noun}: ${a.sector} ${a.speaksFor}`,
  );

// One line per case: an entry of Phoenix.agents.txt, then the agents it gives.
describe('readAgents', () => {
  it.each([
    ['a noun and its regular plural', 'DIPLOMAT [~GOV]', ['diplomat: GOV country', 'diplomats: GOV country']],
    ['no plural after {}', 'POLICE {} [~COP]', ['police: COP country']],
    [
      'an irregular plural',
      'CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]',
      ['chamber of commerce: BUS none', 'chambers of commerce: BUS none'],
    ],
    [
      'substitution sets',
      'GOVERNMENT_SPOKES!PERSON! {} [~GOV]',
      ['government spokesman: GOV country', 'government spokeswoman: GOV country'],
    ],
    [
      'a sector pair: the first is the sector (the ministry is an institution)',
      'DEFENSE_!MINIST! {} [~GOVMIL]',
      ['defense minister: GOV country'],
    ],
    [
      'legislators speak for their body',
      'PARLIAMENTARIAN [~LEG]',
      ['parliamentarian: LEG body', 'parliamentarians: LEG body'],
    ],
    ['rebels for themselves', 'REBEL [~REB]', ['rebel: REB none', 'rebels: REB none']],
    ['a profession is no political role', 'AGRONOMIST [~AGR]', []],
    ['a religion is no political role', 'CATHOLIC [~CHRCTH]', []],
    ['one abstract word means other things too', 'OPPOSITION {} [~OPP]', []],
    ['an entry that wants a name after it', 'AMBASSADOR_TO {} [~GOV]', []],
    ['mis-encoded letters', '!MINIST! DE_OBRAS_PÃŠBLICAS {} [~GOV]', []],
    ['the hand data names it', 'GOVERNMENT {} [~GOV]', []],
    [
      'an institution is no person',
      '!MINIST! OF_FOREIGN [~GOV]',
      ['minister of foreign: GOV country', 'ministers of foreign: GOV country'],
    ],
    [
      'the plural is of the head',
      'CHAIRMAN_OF_THE_COUNCIL [~GOV]',
      ['chairman of the council: GOV country', 'chairmen of the council: GOV country'],
    ],
    ['an institution named before its head', 'COMMERCE_DEPARTMENT [~GOV]', []],
  ])('%s', (_, line, expected) => {
    expect(agents(line, ['government'])).toEqual(expected);
  });
});
