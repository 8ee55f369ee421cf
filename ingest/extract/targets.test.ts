import { describe, expect, it } from 'vitest';
import { describeClaims } from './testing.ts';

// What the object phrase of a stance stands for. One line per case: text, then the claims, sorted.
describe('targets', () => {
  it.each([
    [
      'a known name at the head of the phrase',
      'Japan backed the EU-Japan Economic Partnership Agreement.',
      ['Japan SUPPORTS EU-Japan Economic Partnership Agreement (stated)'],
    ],
    [
      'a hostile act stands for its agent, not its victim or its place',
      'The United States strongly condemns Russia’s missile strikes today across Ukraine.',
      ['United States OPPOSES Russia (stated)'],
    ],
    [
      'an act named by a demonym',
      'Greece condemned the Turkish aggression.',
      ['Greece OPPOSES Türkiye (stated)'],
    ],
    [
      'an activity of an actor stands for the actor',
      "The US has been encouraging allies such as Germany to restrict the IRGC's operations.",
      ['United States OPPOSES Islamic Revolutionary Guard Corps (stated)'],
    ],
    [
      'the government of an actor is the actor',
      'Cuba keeps supporting the government of Nicolás Maduro.',
      ['Cuba SUPPORTS Nicolás Maduro (stated)'],
    ],
    [
      'a process stands for what it acts on',
      'Russia will push forward the docking of the Belt and Road Initiative with the Eurasian Economic Union.',
      [
        'Russia SUPPORTS Belt and Road Initiative (intended)',
        'Russia SUPPORTS Eurasian Economic Union (intended)',
      ],
    ],
    [
      'examples after "such as"',
      'We also welcome other new groupings of countries, such as the Negev Forum.',
      ['India SUPPORTS Negev Forum (stated)', 'United States SUPPORTS Negev Forum (stated)'],
      'Joint Statement of India and the United States',
    ],
    [
      'a group takes no stance on its own people',
      'We will work together to support our people.',
      [],
      'Joint Statement of India and the United States',
    ],
    [
      'the parties of a bond support each other',
      'China and Russia praised China-Russia relations.',
      ['China SUPPORTS Russia (stated)', 'Russia SUPPORTS China (stated)'],
    ],
    [
      'a policy without a name is an open target, labelled without its determiner',
      'The US proposed new restrictions on flights to Cuba.',
      [
        'United States OPPOSES Cuba (stated)',
        'United States PROPOSES restrictions on flights to Cuba (stated)',
      ],
    ],
    [
      'a proposal may be any issue',
      'NATO called for restraint.',
      ['North Atlantic Treaty Organization PROPOSES restraint (stated)'],
    ],
    ['a lone count noun says too little', 'The parties will establish a mechanism.', []],
    ['a value is no open target of support', 'Russia will maintain regional calm.', []],
    [
      'a definite description refers to the latest issue of its kind',
      'Turkey and Libya backed a maritime border agreement. Greece rejected the deal.',
      [
        'Greece OPPOSES maritime border agreement (stated)',
        'Libya SUPPORTS maritime border agreement (stated)',
        'Türkiye SUPPORTS maritime border agreement (stated)',
      ],
    ],
    ['a description with nothing to refer to is no target', 'Greece rejected the deal.', []],
    [
      'a gerund after a stance noun says what it is about',
      'We reaffirmed our commitment to strengthening the NATO Alliance.',
      [
        'India SUPPORTS North Atlantic Treaty Organization (stated)',
        'United States SUPPORTS North Atlantic Treaty Organization (stated)',
      ],
      'Joint Statement of India and the United States',
    ],
    ['an owned description with nothing to refer to is no target', 'Trump defended his decision.', []],
    [
      'a proposal is the thing proposed, not whose it is',
      'Macron called for G7 action.',
      ['Emmanuel Macron PROPOSES G7 action (stated)'],
    ],
    [
      'the owner of a killing is its victim; the agent is whom "by" names',
      'The UN condemned the murder of the journalist by Saudi agents.',
      ['United Nations OPPOSES Saudi Arabia (stated)'],
    ],
    ['"no" before the phrase negates it', '"No project can be implemented," Erdoğan said.', []],
    ['weapons launched are no proposal', 'Iran launched missiles.', []],
    ['blame falls on actors, not on a quoted term', 'Iran blamed "human error".', []],
    [
      'blame for the fear of an act falls on its agent',
      'Iran blamed the fear of aggression from the United States.',
      ['Iran OPPOSES United States (stated)'],
    ],
    [
      '"against" after a noun belongs to that noun, not to the subject',
      'The EU sanctioned Iran over plots against dissidents in nations including Denmark and France.',
      ['European Union OPPOSES Iran (stated)'],
    ],
    [
      'help "of" someone is their help, and a long quotation is no coined term',
      'The Houthis won with the help of "honourable people inside the kingdom".',
      [],
    ],
  ])('%s', (_name, text, expected, title?: string) => {
    expect(describeClaims(text, title)).toEqual(expected);
  });
});
