import { describe, expect, it } from 'vitest';
import { parseActors } from './actors.ts';
import { initialism, readOrganizations } from './petrarch-orgs.ts';

const context = {
  known: (name: string) => name === 'United Nations',
  countryWord: (word: string) => ['Indian', 'Nepal'].includes(word),
};
const orgs = (text: string, international = true) =>
  readOrganizations(parseActors(text), context, international).organizations.map(
    (o) => `${o.label} [${(o.aliases ?? []).join(', ')}]`,
  );

// One line per case: entries of the international or the armed groups' dictionary, then what they give.
describe('readOrganizations', () => {
  it.each([
    [
      'an IGO with its synonyms',
      'WORLD_FOOD_PROGRAM_\n+WFP_\n+WORLD_FOOD_PROGRAMME\n\t[IGOUNOWFP]',
      ['World Food Program [WFP, World Food Programme]'],
    ],
    ['an NGO', 'INTERNATIONAL_CRISIS_GROUP_ [NGO]', ['International Crisis Group []']],
    ['a company is left out', 'UNOCAL_CORPORATION_ [MNC]', []],
    [
      'media and health NGOs are left out',
      'REPORTERS_ASSOCIATION_ [NGOMED]\nACADEMY_OF_MEDICINE_COUNCIL_ [NGOUSAHLH]',
      [],
    ],
    ['a person (dated roles) is left out', 'KOFI_ANNAN_\n\t[IGOUNO 970101-061231]', []],
    ['a post is no organisation (head noun)', 'UN_ENVOY_ [IGOUNO]', []],
    [
      'a name with a country in it is about the country',
      'OHCHR_NEPAL_OFFICE_ [IGOUNOHRI]\nINDIAN_UN_PEACEKEEPER_FORCE_ [IGOUNO]',
      [],
    ],
    ['what the hand data names is left out', 'UNITED_NATIONS_ORGANIZATION_\n+UNITED_NATIONS\n\t[IGOUNO]', []],
    [
      'an armed group with an acronym in its name',
      'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]\n+ISLAMIC_ARMY_OF_ADEN_',
      ['Aden Abyan Islamic Army [AAIA, Islamic Army of Aden]'],
    ],
    ['armed groups need no international code', 'POLISARIO_FRONT_ [MAREB]', ['Polisario Front []']],
  ])('%s', (_, text, expected) => {
    const international = !text.includes('REB]');
    expect(orgs(text, international)).toEqual(expected);
  });

  it.each([
    ['IAEA', 'INTERNATIONAL ATOMIC ENERGY AGENCY', true],
    ['WFP', 'WORLD FOOD PROGRAM', true],
    ['CARE', 'COOPERATIVE FOR ASSISTANCE AND RELIEF EVERYWHERE', true],
    ['HOPE', 'WORLD FOOD PROGRAM', false],
    ['HM', 'HIZBUL MUJAHIDEEN', false],
  ])('%s is an acronym of %s: %s', (acronym, name, expected) => {
    expect(initialism(acronym, name)).toBe(expected);
  });
});
