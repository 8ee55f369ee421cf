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
      'a sector pair: the first is the sector',
      'DEFENSE_!MINIST! {} [~GOVMIL]',
      ['defense minister: GOV country', 'defense ministry: GOV country'],
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
  ])('%s', (_, line, expected) => {
    expect(agents(line, ['government'])).toEqual(expected);
  });
});
