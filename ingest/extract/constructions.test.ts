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
      'an adjective after the object of the act called for is part of it',
      'The UK urged all countries to hold Russia accountable for its war.',
      [
        'United Kingdom OPPOSES Russia (obligated)',
        'United Kingdom PROPOSES hold Russia accountable (stated)',
      ],
    ],
    [
      'holding someone accountable opposes them, with the object between verb and complement',
      'Canada will hold the Russian government accountable for its war.',
      ['Canada OPPOSES Russia (intended)'],
    ],
    [
      'a call to hold someone accountable opposes them',
      'The UK urged all countries to hold the DPRK accountable for such violations.',
      [
        'United Kingdom OPPOSES North Korea (obligated)',
        'United Kingdom PROPOSES hold the DPRK accountable (stated)',
      ],
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
    [
      'an act that does something acts for its agent',
      'The US airstrike that killed Iraqi soldiers was condemned.',
      ['United States OPPOSES Iraq (stated)'],
    ],
    [
      'a later mention of an act refers back to it and its agent',
      'Russia invaded Ukraine in February. The European Union condemned the invasion.',
      ['European Union OPPOSES Russia (stated)', 'Russia OPPOSES Ukraine (stated)'],
    ],
    [
      'claiming an act named before opposes whom it hit',
      'Drones attacked Saudi oil facilities on Saturday. The attack was claimed by the Houthis.',
      ['Houthis OPPOSES Saudi Arabia (stated)'],
    ],
    [
      'a judgement of an act named before',
      'The United States killed Iraqi soldiers in an airstrike. Netanyahu found the air strike justified.',
      ['Benjamin Netanyahu SUPPORTS United States (stated)', 'United States OPPOSES Iraq (stated)'],
    ],
    [
      'seconding a call supports it and its owner',
      'Macron called for G7 action. Merkel seconded Macron’s call.',
      [
        'Angela Merkel SUPPORTS Emmanuel Macron (stated)',
        'Angela Merkel SUPPORTS G7 action (stated)',
        'Emmanuel Macron PROPOSES G7 action (stated)',
      ],
    ],
    [
      'a ban in a country is the country’s',
      'The PKK is banned in Turkey.',
      ["Türkiye OPPOSES Kurdistan Workers' Party (stated)"],
    ],
    [
      'the subject of sanctions is their target',
      'Iran has been the subject of United States sanctions since 2011.',
      ['United States OPPOSES Iran (stated)'],
    ],
    [
      'a message that blames is its author’s',
      'US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.',
      ['Mike Pompeo OPPOSES Iran (stated)'],
    ],
    [
      'a rebellion stands for the rebels',
      'Saudi Arabia started supporting the government of Yemen against the Houthi rebellion.',
      ['Saudi Arabia OPPOSES Houthis (stated)', 'Saudi Arabia SUPPORTS Yemen (stated)'],
    ],
    [
      'cooperation with partners after a time phrase',
      'Iran has increased cooperation in the last few years with the navies of China and Russia.',
      ['Iran SUPPORTS China (stated)', 'Iran SUPPORTS Russia (stated)'],
    ],
    [
      'a directive with a clause of its own',
      'The UK urged the immunity be waived.',
      ['United Kingdom PROPOSES waive immunity (stated)'],
    ],
    [
      'declining a request opposes what was requested',
      'Britain asked the US to waive diplomatic immunity for the diplomat. The United States declined the request.',
      [
        'United Kingdom PROPOSES waive diplomatic immunity for the diplomat (stated)',
        'United States OPPOSES waive diplomatic immunity for the diplomat (stated)',
      ],
    ],
    [
      'a life appreciated is its owner’s',
      'Putin appreciated Alexander Lukashenko’s lifepath.',
      ['Vladimir Putin SUPPORTS Alexander Lukashenko (stated)'],
    ],
    [
      'a call for someone to be treated a certain way proposes all of it',
      'Erdoğan is calling for the killers of Khashoggi to be brought to justice.',
      ['Recep Tayyip Erdoğan PROPOSES killers of Khashoggi to be brought to justice (stated)'],
    ],
    [
      'signing a deal with no name of its own supports each other',
      'Cyprus and Egypt signed an alternative deal to export gas.',
      ['Cyprus SUPPORTS Egypt (stated)', 'Egypt SUPPORTS Cyprus (stated)'],
    ],
    [
      'what goes against a rule is opposed by whoever says so',
      'Greece and Egypt deemed that the agreement on sending Turkish soldiers to Libya goes against the UN Security Council resolution 2259.',
      [
        'Egypt OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
        'Greece OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
      ],
    ],
    [
      'an adverb between the holder of a designation and its verb',
      'The United States Department of State also designated the IRGC as a terrorist organization.',
      ['U.S. Department of State OPPOSES Islamic Revolutionary Guard Corps (stated)'],
    ],
    [
      'levying sanctions against someone opposes them',
      'The United States had also levied individual sanctions against Hamas.',
      ['United States OPPOSES Hamas (stated)'],
    ],
    [
      'the subject of a verb of doing a hostile act is its agent',
      'On Wednesday, Turkey began a military offensive in Syria with airstrikes.',
      ['Türkiye OPPOSES Syria (stated)'],
    ],
    [
      'launching a war is doing it, not proposing it',
      'Russia launched a war against Ukraine.',
      ['Russia OPPOSES Ukraine (stated)'],
    ],
    [
      'what goes against a rule, with a relative clause before its verb',
      'Greece and Egypt deemed that the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the UN Security Council resolution 2259.',
      [
        'Egypt OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
        'Greece OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
      ],
    ],
    [
      'a judgement in a "that" clause is held by whoever concludes it, on the whole subject',
      'Greece and Egypt concluded that the November 27 maritime border agreement between Turkey and Libya is "null and void" and does not comply with the Law of the Sea.',
      [
        'Egypt OPPOSES November 27 maritime border agreement between Turkey and Libya (stated)',
        'Greece OPPOSES November 27 maritime border agreement between Turkey and Libya (stated)',
      ],
    ],
    [
      'a clause that continues another after ", and" says what its subject deems',
      'Greece and Egypt called on Turkey to halt its drilling operations within the EEZ of Cyprus, and deemed that the agreement on sending Turkish soldiers to Libya goes against the UN Security Council resolution 2259.',
      [
        'Egypt OPPOSES Türkiye (stated)',
        'Egypt OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
        'Egypt PROPOSES halt its drilling operations (stated)',
        'Greece OPPOSES Türkiye (stated)',
        'Greece OPPOSES agreement on sending Turkish soldiers to Libya (stated)',
        'Greece PROPOSES halt its drilling operations (stated)',
      ],
    ],
    [
      '"X-backed" in apposition to a name with its acronym in parentheses',
      'Al-Muhandis led the Popular Mobilization Forces (PMF), an Iranian-backed militia.',
      ['Iran SUPPORTS Popular Mobilization Forces (stated)'],
    ],
    [
      'a promise proposes what each act promised makes',
      'Emmanuel Macron promised to conduct new completely fair elections and hold a constitutional referendum.',
      [
        'Emmanuel Macron PROPOSES constitutional referendum (stated)',
        'Emmanuel Macron PROPOSES fair elections (stated)',
      ],
    ],
    [
      'an announcement that the announcers are to do something proposes what it makes',
      'Biden and Sanders announced they were to form six working groups.',
      ['Joe Biden PROPOSES six working groups (stated)', 'Sanders PROPOSES six working groups (stated)'],
    ],
    [
      'a promise whose act is a stance verb says that stance',
      'China pledged to support the WHO.',
      ['China SUPPORTS World Health Organization (intended)'],
    ],
    [
      'a promise after a relative clause and "and" is the first subject\'s',
      'Macron spoke about his minister, who was arrested in May, and promised to hold a referendum.',
      ['Emmanuel Macron PROPOSES referendum (stated)'],
    ],
    [
      'a comma after a list of holders that opens the sentence',
      "Both Germany and the county's Police and Crime Commissioner Stephen Mold, urged the immunity be waived.",
      ['Germany PROPOSES waive immunity (stated)', 'Stephen Mold PROPOSES waive immunity (stated)'],
    ],
    ['a call for a bond proposes it', 'China called for dialogue.', ['China PROPOSES dialogue (stated)']],
    [
      'an act told without its agent is claimed later against its victim',
      'The speech came one week after an attack on oil infrastructure in Saudi Arabia. The attack was claimed by the Houthi movement in Yemen.',
      ['Houthis OPPOSES Saudi Arabia (stated)'],
    ],
    [
      'an object that names no one, then the person in apposition',
      'The US airstrike that killed Iranian general, Qasem Soleimani at a Baghdad airport.',
      ['United States OPPOSES Qasem Soleimani (stated)'],
    ],
    [
      'seconding a call backs whoever made it',
      'Emmanuel Macron called for G7 action on the fires. The call was quickly seconded by Angela Merkel and Boris Johnson.',
      [
        'Angela Merkel SUPPORTS Emmanuel Macron (stated)',
        'Angela Merkel SUPPORTS G7 action on the fires (stated)',
        'Boris Johnson SUPPORTS Emmanuel Macron (stated)',
        'Boris Johnson SUPPORTS G7 action on the fires (stated)',
        'Emmanuel Macron PROPOSES G7 action on the fires (stated)',
      ],
    ],
    [
      'a policy presented, with a relative clause that describes it',
      'Emmanuel Macron will present a bill for the voluntary interruption of pregnancy that legalises abortion.',
      ['Emmanuel Macron PROPOSES bill for the voluntary interruption of pregnancy (intended)'],
    ],
    [
      'a designation of a list names each of its members',
      'Turkey designated both Hamas and Hezbollah as terrorist organizations.',
      ['Türkiye OPPOSES Hamas (stated)', 'Türkiye OPPOSES Hezbollah (stated)'],
    ],
    [
      'an announcement after a fronted clause is no reported speech',
      'While many transactions occur in dollars, the African Union announced an electronic pan-African payment system.',
      ['African Union PROPOSES electronic pan-African payment system (stated)'],
    ],
    [
      'an announcement after a fronted adverb',
      'Recently, the United States announced a naval coalition to patrol the Persian Gulf.',
      ['United States PROPOSES naval coalition to patrol the Persian Gulf (stated)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(describeClaims(text)).toEqual(expected);
  });
});
