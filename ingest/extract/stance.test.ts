import { describe, expect, it } from 'vitest';
import { describeClaims } from './testing.ts';

// One line per case: text, then "Source RELATION Target (modality)" per claim, sorted.
describe('stance', () => {
  it.each([
    ['a stance verb', 'China supports the WHO.', ['China SUPPORTS World Health Organization (stated)']],
    [
      'coordinated actors give one claim each',
      'China and Russia oppose unilateralism.',
      ['China OPPOSES unilateralism (stated)', 'Russia OPPOSES unilateralism (stated)'],
    ],
    [
      'several targets and relations',
      'China welcomes the Belt and Road Initiative and opposes protectionism.',
      ['China OPPOSES protectionism (stated)', 'China SUPPORTS Belt and Road Initiative (stated)'],
    ],
    [
      'intended',
      'Russia is ready to cooperate with ASEAN.',
      ['Russia SUPPORTS Association of Southeast Asian Nations (intended)'],
    ],
    [
      'obligated',
      'China and Russia should back the UN Charter.',
      ['China SUPPORTS UN Charter (obligated)', 'Russia SUPPORTS UN Charter (obligated)'],
    ],
    ['negation gives nothing', 'China did not condemn Russia.', []],
    [
      'a pronoun subject nobody is found for passes its position to no one',
      'They condemned Russia’s attack on Ukraine.',
      ['Russia OPPOSES Ukraine (stated)'],
    ],
    ['"never" negates', 'Japan never supported the plan of Russia.', []],
    ['questions give nothing', 'Does China support the Belt and Road Initiative?', []],
    [
      'the condition gives nothing, the main clause does',
      'If Russia invades Ukraine, NATO will sanction Russia.',
      ['North Atlantic Treaty Organization OPPOSES Russia (intended)'],
    ],
    [
      '", and" before a subject and its verb starts a clause with its own holder and targets',
      'China opposes NATO, and Japan pledged support for the United States.',
      [
        'China OPPOSES North Atlantic Treaty Organization (stated)',
        'Japan SUPPORTS United States (intended)',
      ],
    ],
    [
      'the victim of an act is whom the nearest preposition names',
      "Russia's aggression against Ukraine with Belarus's help",
      ['Russia OPPOSES Ukraine (stated)'],
    ],
    ['the consequent of a condition is hypothetical', 'If elected, Trump would oppose NATO.', []],
    ['so is a consequent before its condition', 'Turkey could back the deal if sanctions end.', []],
    [
      'an inverted condition is no claim',
      'NATO discussed its response should Russia invade Ukraine, including sanctions.',
      [],
    ],
    [
      'the speaker of a judgement opposes whom it judges',
      'The United States takes destructive steps, Lavrov said.',
      ['Sergei Lavrov OPPOSES United States (stated)'],
    ],
    [
      'the agent of a hostile act opposes its victim',
      'Russia’s invasion of Ukraine continues.',
      ['Russia OPPOSES Ukraine (stated)'],
    ],
    [
      'passive with the speaker as holder',
      'The Indo-Pacific strategy should be opposed, Wang Yi said.',
      ['Wang Yi OPPOSES Indo-Pacific strategy (obligated)'],
    ],
    [
      'reciprocal',
      'China and Russia backed each other.',
      ['China SUPPORTS Russia (stated)', 'Russia SUPPORTS China (stated)'],
    ],
    [
      'a compound proposer',
      'Russia praised the China-proposed Global Initiative on Data Security.',
      [
        'China PROPOSES Global Initiative on Data Security (stated)',
        'Russia SUPPORTS Global Initiative on Data Security (stated)',
      ],
    ],
    [
      'reported speech keeps its own subject',
      'Lavrov said that Russia opposes NATO.',
      ['Russia OPPOSES North Atlantic Treaty Organization (stated)'],
    ],
    [
      'a noun cue with a possessor',
      'The United States reaffirmed its support for Ukraine.',
      ['United States SUPPORTS Ukraine (stated)'],
    ],
    ['an unnamed subject is nobody', 'Some countries are politicizing cyber security, Lavrov said.', []],
    [
      'a proposal',
      'China proposed the Global Initiative on Data Security.',
      ['China PROPOSES Global Initiative on Data Security (stated)'],
    ],
    [
      'joint statements speak for their authors',
      'We condemn the Houthis.',
      ['France OPPOSES Houthis (stated)', 'Japan OPPOSES Houthis (stated)'],
      'Joint Statement of France and Japan',
    ],
    [
      'the setting is not an object',
      'China will safeguard the UN in the international system.',
      ['China SUPPORTS United Nations (intended)'],
    ],
    [
      'a gerund after "by" belongs to the subject of the verb it modifies',
      'The US alleged Iran had contributed to violence by supporting Syrian President Bashar al-Assad.',
      ['Iran SUPPORTS Bashar al-Assad (stated)'],
    ],
    [
      'a reported clause without "that" has its own subject',
      'Russia said China opposes deep-sea mining.',
      ['China OPPOSES deep-sea mining (stated)'],
    ],
    [
      'every agent of a passive',
      'Turkey was condemned in a joint statement by Egypt, Greece and Cyprus.',
      [
        'Cyprus OPPOSES Türkiye (stated)',
        'Egypt OPPOSES Türkiye (stated)',
        'Greece OPPOSES Türkiye (stated)',
      ],
    ],
    [
      '"its" is the country or body named last',
      'Pompeo cited the Cuban government’s repression and its support for Nicolás Maduro.',
      ['Cuba SUPPORTS Nicolás Maduro (stated)'],
    ],
    [
      'unnamed critics hold nothing, even with an owner',
      'Bolsonaro met Macron. His critics blame him for the fires.',
      [],
    ],
    [
      'a stance on a stance: the outer one is on its holder',
      'Japan welcomed China’s commitment to the Paris Agreement.',
      ['China SUPPORTS Paris Agreement (stated)', 'Japan SUPPORTS China (stated)'],
    ],
    [
      'condemning support for an actor opposes the supporter',
      'The EU condemned Iran’s support for Russia.',
      ['European Union OPPOSES Iran (stated)', 'Iran SUPPORTS Russia (stated)'],
    ],
    [
      '"from" after a stance noun names its holder',
      'The G7 plan for the Amazon met opposition from Brazil.',
      ['Brazil OPPOSES G7 plan for the Amazon (stated)'],
    ],
    [
      'opposition from one actor to another',
      'There was strong opposition from France to the deal with Mercosur.',
      ['France OPPOSES deal with Mercosur (stated)'],
    ],
    [
      '"is opposed to"',
      'Brazil is opposed to the G7 plan for the Amazon.',
      ['Brazil OPPOSES G7 plan for the Amazon (stated)'],
    ],
    [
      '"allied with"',
      'Sweden had long been allied with NATO.',
      ['Sweden SUPPORTS North Atlantic Treaty Organization (stated)'],
    ],
    [
      'an accusation opposes the accused',
      'Pompeo accused Iran of the attacks on Saudi oil facilities.',
      ['Mike Pompeo OPPOSES Iran (stated)'],
    ],
    [
      'leaders from several countries hold a position together',
      'Leaders from Egypt, Greece and Cyprus condemned the Turkish drilling.',
      [
        'Cyprus OPPOSES Türkiye (stated)',
        'Egypt OPPOSES Türkiye (stated)',
        'Greece OPPOSES Türkiye (stated)',
      ],
    ],
    [
      'a relative clause between the subject and its verb',
      'Brett McGurk, who was the envoy to the coalition until December, also criticized Iran.',
      ['Brett McGurk OPPOSES Iran (stated)'],
    ],
    [
      'a description refers back to what the headline names',
      'Turkey opposed the withdrawal.',
      ['Türkiye OPPOSES troop withdrawal from Syria (stated)'],
      'Trump announces troop withdrawal from Syria',
    ],
    [
      'judgements of a decision as unconstitutional or unwarranted',
      "Russia's actions are unconstitutional, Zelensky said.",
      ['Volodymyr Zelenskyy OPPOSES Russia (stated)'],
    ],
    [
      'a conjunct with an owner of its own stays in the list of holders',
      'Iran and its Quds Force condemned Israel.',
      ['Iran OPPOSES Israel (stated)', 'Quds Force OPPOSES Israel (stated)'],
    ],
    [
      'the remnants of a group stand for the group',
      'Coalition forces are in Iraq to defeat ISIS remnants.',
      ['Coalition forces OPPOSES Islamic State (stated)'],
    ],
    [
      'a participle after "have" that the tagger calls an adjective is the verb, with its object',
      'The attack was claimed by the Houthis, but both Saudi Arabia and the United States have alleged Iranian involvement.',
      ['Saudi Arabia OPPOSES Iran (stated)', 'United States OPPOSES Iran (stated)'],
    ],
  ])('%s', (_name, text, expected, title?: string) => {
    expect(describeClaims(text, title)).toEqual(expected);
  });
});
