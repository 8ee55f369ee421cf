import { describe, expect, it } from 'vitest';
import { describeClaims } from './testing.ts';

// A cue governs its own object, not the nearest name; words in other senses give no stance. Each line is
// a sentence a reader found in the graph with an edge the text does not say, and that edge.
describe('scope and sense of a cue', () => {
  it.each([
    [
      'the place of an act is no target',
      'The United States strongly condemns Russia’s missile strikes today across Ukraine.',
      'United States OPPOSES Ukraine (stated)',
    ],
    [
      'where the thing an act hits stands is no target',
      'At my direction, United States forces conducted precision strikes against a facility in eastern Syria.',
      'United States OPPOSES Syria (stated)',
    ],
    [
      'the victim of an act in a relative clause is no target of whoever condemns it',
      'President Biden met Prime Minister Kishida. They further discussed Iran’s growing military relationship with Russia, including the transfer of weapons the Kremlin is deploying against Ukraine, targeting its civilian infrastructure.',
      'United States OPPOSES Ukraine (stated)',
    ],
    [
      'what a misuse threatens is no target',
      'The United States and the European Union met. TTC working groups are deepening U.S.-EU cooperation by expanding access to digital tools. They are collaborating closely on emerging technology standards, and the misuse of technology threatening security and human rights.',
      'European Union OPPOSES human rights (stated)',
    ],
    [
      'combating a disease opposes no partner',
      'The United States and India met. The two leaders also discussed expanding collaboration to combat antimicrobial resistance, as well as non-communicable diseases such as diabetes and cancer”\n- The two countries announced India’s joining the Combined Military Forces-Bahrain as an associate member.',
      'India OPPOSES United States (stated)',
    ],
    [
      'support for one side is no support of the side at war with it',
      'Zelenskyy was grateful for Japan’s support for Ukraine as Russia wages its brutal war.',
      'Japan SUPPORTS Russia (stated)',
    ],
    [
      '"against" after the object names the opponent',
      'Saudi Arabia started supporting the government of Yemen against the Houthi rebellion.',
      'Saudi Arabia SUPPORTS Houthis (stated)',
    ],
    [
      'reducing something is no support of it',
      'That commitment is why the United States joined together with the other Nuclear Weapons States in January to affirmatively state our shared belief that a nuclear war cannot be won and must never be fought, and it is why my administration has prioritized reducing the role of nuclear weapons in our national security strategy.',
      'United States SUPPORTS nuclear weapons (stated)',
    ],
    [
      'standing with survivors is no support of what they survived',
      'Today, President Biden will sign a Presidential Memorandum to strengthen the U.S. government’s efforts to combat conflict-related sexual violence (CRSV). The Biden-Harris Administration stands with survivors of sexual violence in conflict, and invites the international community to join us in strengthening accountability for CRSV.',
      'Joe Biden SUPPORTS violence (stated)',
    ],
    [
      'aid withheld is no support',
      'The United States withheld military aid to Ukraine.',
      'United States SUPPORTS Ukraine (stated)',
    ],
    [
      'whoever goes against a resolution does not hold what the resolution says',
      'Greece and Egypt deemed that the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the United Nations Security Council resolution 2259.',
      'Türkiye OPPOSES UN Security Council (stated)',
    ],
    [
      'standing with people in a photo caption is no stance',
      'President Trump stands with leaders from Israel, the UAE and Bahrain on the South Lawn.',
      'Donald Trump SUPPORTS Israel (stated)',
    ],
    [
      'a host welcoming a guest to a place takes no stance',
      'President Biden looks forward to welcoming Prime Minister Kyriakos Mitsotakis of Greece to the White House on May 16.',
      'Joe Biden SUPPORTS Kyriakos Mitsotakis (stated)',
    ],
    [
      'an owner shared by a list',
      'The United States presented the full nature of Russia’s threat to Ukraine’s sovereignty and territorial integrity.',
      'Russia OPPOSES territorial integrity (stated)',
    ],
    [
      'a stance after a participle belongs to the phrase the participle follows',
      'The U.S. Department of Commerce will take its first action against companies engaging in backfill activities in support of Russia by adding several companies to the Entity List.',
      'U.S. Department of Commerce SUPPORTS Russia (stated)',
    ],
    [
      'a clause after "as" has a subject of its own ("those nations work to")',
      'The United States will continue to be a strong and reliable partner as those nations work to defend human rights, strengthen democratic reforms, and uphold the rule of law.',
      'United States SUPPORTS human rights (stated)',
    ],
    [
      'a subject pronoun continues the subject before it, not its object',
      'President Biden also urged Prime Minister Hun Sen to reopen civic and political space ahead of the 2023 elections. He also called for the release of activists detained on politically motivated charges.',
      'Hun Sen PROPOSES release of activists (stated)',
    ],
    [
      'in a transcript the speaker of a label in capitals takes the floor from the one before',
      'President Biden met Prime Minister Liz Truss.\n\nPRESIDENT BIDEN: Welcome.\n\nPRIME MINISTER TRUSS: Thank you.\n\nAnd we are supporting the Ukrainians in their fight for freedom.',
      'Joe Biden SUPPORTS Ukraine (stated)',
    ],
    [
      "what those a hostile verb aims at are doing is theirs, not its subject's",
      'The United States will not hesitate to use its authorities to target those supporting efforts to undermine Ukraine’s sovereignty and territorial integrity.',
      'United States OPPOSES Ukraine (stated)',
    ],
    [
      'a participle that modifies a noun ("much needed funding") is no verb of the clause',
      'Previously, I had recommended that Congress take overdue action on much needed funding for COVID treatments, vaccines and tests.',
      'U.S. Congress PROPOSES funding for COVID treatments, vaccines and tests (stated)',
    ],
    [
      'measures taken "in coordination by" several actors are no stance of one on another',
      'The United States coordinated a transatlantic response, including financial sanctions and export controls, imposed in coordination by the United States, the European Union, and other partners.',
      'European Union SUPPORTS United States (stated)',
    ],
    [
      'a verb in a list of verbs shares the negation of the first',
      'The United States will not select, endorse, or recommend any specific technology or provider.',
      'United States PROPOSES specific technology (intended)',
    ],
    [
      'a question of the press in a transcript states no position',
      'THE PRESIDENT: They have a right to do that.\n\nQ Challenge your student loan plan in court.\n\nTHE PRESIDENT: No.',
      'Joe Biden OPPOSES student loan plan (stated)',
    ],
    [
      'a subject no name stands for is not the author',
      'Sullivan met President Panuelo. The two discussed climate change, and voiced common concern about the People’s Republic of China.',
      'Joe Biden OPPOSES China (stated)',
    ],
    [
      'a reduced passive ("the threat posed by") is no verb with a subject of its own',
      'Sullivan met President Panuelo. The two discussed the existential threat posed by climate change to Pacific Island nations, and voiced common concern about the People’s Republic of China.',
      'Joe Biden OPPOSES China (stated)',
    ],
    [
      'a stance noun inside a name in capitals is no cue',
      'Presidents Biden and Lula recalled the Joint Initiative on Climate Change established in 2015.',
      'Joe Biden PROPOSES climate change (stated)',
    ],
    [
      "a condemned actor's schemes are what it does, not the means of support listed after",
      'President Biden met President Sanchez of Spain. The leaders underscored our unwavering support for Ukraine in the face of Russia’s brutal war, including through continued security, economic, and humanitarian assistance to Ukraine.',
      'United States OPPOSES humanitarian aid (stated)',
    ],
    [
      'a participle in a list of participles is no act of an actor named in the item before',
      'President Biden and Prime Minister Truss discussed continued cooperation, including supporting Ukraine, addressing the challenges posed by China, preventing Iran from ever acquiring a nuclear weapon.',
      'China OPPOSES Iran (stated)',
    ],
    [
      'a fight for something supports it',
      'We share that spirit as allies in our fight for democracy, for peace, and for justice.',
      'Joe Biden OPPOSES democracy (stated)',
    ],
    [
      'engagement with someone is contact, not support',
      'Mr. Sullivan underscored the importance of Argentina’s engagement with the IMF as Argentina works toward a return to stability.',
      'Argentina SUPPORTS International Monetary Fund (stated)',
    ],
    [
      'each verb of a list of infinitives governs its own object, whatever the tagger calls it',
      'Democracies are working to redouble our efforts to defend against authoritarianism, combat corruption, and advance human rights.',
      'Joe Biden OPPOSES human rights (stated)',
    ],
    [
      'a stance noun owned by an "its" that stands for no one known is not the subject\'s',
      'Biden will hold the regime accountable for its security cooperation with Russia.',
      'Joe Biden SUPPORTS Russia (intended)',
    ],
    [
      "what someone is thanked for is their stance, not the thanker's",
      'President Biden thanked Bill Gates for his commitment to global health.',
      'Joe Biden SUPPORTS global health (stated)',
    ],
    [
      'what someone is thanked for, addressed as "you", is not the thanker\'s',
      'Thank you, Bill, for your commitment to global health.',
      'Joe Biden SUPPORTS global health (stated)',
    ],
    [
      "a stance noun after an actor is that actor's, not the appreciation's holder",
      'King Abdullah II expressed appreciation for U.S. support to UNRWA.',
      'King Abdullah II SUPPORTS UNRWA (stated)',
    ],
    [
      "the efforts of an owner to do something are the owner's",
      'President Biden expressed appreciation for Iraq’s efforts to prosecute Iraqi ISIS fighters from Syria.',
      'Joe Biden OPPOSES Iraq (stated)',
    ],
    [
      'urgent actions name no issue',
      'To help achieve these goals, we urge all countries and stakeholders to pledge to take urgent actions to create the systems we need to end the acute phase of COVID-19, save lives, and build better health security.',
      'Joe Biden PROPOSES urgent actions (obligated)',
    ],
    [
      'a count of new initiatives names none of them',
      'And here in Tokyo, we announced two new initiatives — the Indo-Pacific Economic Framework and the Indo-Pacific Maritime Domain Awareness program.',
      'Joe Biden PROPOSES two new initiatives (stated)',
    ],
    [
      'making new commitments is no act of its own',
      'We are calling on world leaders to make new commitments and bring solutions to vaccinate the world.',
      'Joe Biden PROPOSES make new commitments (stated)',
    ],
    [
      'doing the same names nothing',
      'We call on other countries to do the same.',
      'Joe Biden PROPOSES do the same (stated)',
    ],
    [
      'being joined by a person is company, not a stance',
      'It is great to be here again with President Yoon and also to be joined by Prime Minister Kishida, who I visited in Tokyo last month.',
      'Fumio Kishida SUPPORTS Yoon Suk Yeol (stated)',
    ],
    [
      'those joined by a person in a meeting are no target of theirs',
      'President Biden met President Yoon. They were joined by Prime Minister Kishida.',
      'Fumio Kishida SUPPORTS South Korea (stated)',
    ],
    [
      'the speaker of a passive act with no agent did not do it',
      'Press Secretary Jen Psaki spoke with the family of Trevor Reed, who is wrongfully detained in Russia.',
      'Joe Biden OPPOSES Trevor Reed (stated)',
    ],
    [
      'a capitalised title word inside a sentence is no verb',
      'Today, Deputy National Security Advisor Mike Pyle met with Bjoern Seibert, Head of Cabinet to European Commission President Ursula von der Leyen, to discuss a range of priority issues.',
      'Mike Pyle SUPPORTS Ursula von der Leyen (stated)',
    ],
    [
      'a host welcoming a guest named with a country to a place takes no stance',
      'Today, President Joseph R. Biden, Jr. welcomed President Isaac Herzog of Israel to the White House.',
      'Joe Biden SUPPORTS Isaac Herzog (stated)',
    ],
    [
      'a verb after a relative pronoun has the phrase before it for subject',
      'President Biden met Prime Minister Kishida. The two leaders committed to work closely together to address security challenges, including China’s increasingly coercive behavior that runs counter to international law.',
      'Japan OPPOSES international law (stated)',
    ],
    [
      'a name before the head says whose a phrase is better than a pronoun owner',
      'And Japan is also a key global leader, working with our G7 partners to hold Putin accountable for his war in Ukraine.',
      'Japan SUPPORTS Joe Biden (stated)',
    ],
    [
      'the speaker of a passive act with no agent does not do it, nor back what it is done to',
      'The Vice President said she understood the concerns regarding the Inflation Reduction Act, and they pledged to continue to consult as the law is implemented.',
      'Joe Biden SUPPORTS Inflation Reduction Act (stated)',
    ],
    [
      'a passive whose subject is a pronoun for what was said names no one',
      'In the face of Russia’s war in Ukraine, Egypt has spoken up strongly at the United Nations, and that is appreciated very much as well.',
      'Joe Biden SUPPORTS Russia (stated)',
    ],
    [
      'a warning of floods opposes no place',
      'The United States warned of potential flash floods in the Bahamas.',
      'United States OPPOSES Bahamas (stated)',
    ],
  ])('%s', (_name, text, wrong) => {
    expect(describeClaims(text, 'Statement by President Joe Biden')).not.toContain(wrong);
  });
});

it('a capitalised word that ends a name is no verb, and the names of an object no subject', () => {
  const text =
    'Today, Deputy National Security Advisor Mike Pyle met with Bjoern Seibert. Additionally, during today’s meeting, Mr. Pyle and Mr. Seibert launched the US-EU Task Force on the Inflation Reduction Act to continue promoting deeper understanding of the law’s meaningful progress on lowering costs for families, our shared climate goals, and opportunities and concerns for EU producers.';
  const title = 'Statement by NSC Spokesperson Adrienne Watson on launch of the US-EU Task Force';
  expect(describeClaims(text, title)).not.toContain('United States SUPPORTS Adrienne Watson (stated)');
});

it('the names of a conjunct before a passive subject that names no one are not in it', () => {
  const text =
    'S. and U.S.-ROK alliances against ballistic missiles launched by North Korea, and the agreement reached at the recent trilateral ministerial meeting between defense ministers to conduct trilateral missile warning and ballistic missile search and tracking exercises is welcomed.';
  expect(describeClaims(text, 'Remarks by Prime Minister Kishida')).not.toContain(
    'Fumio Kishida SUPPORTS United States (stated)',
  );
});

// Constructions that state a position and gave no edge.
describe('stances the text states', () => {
  const ministers =
    'Chilean Foreign Minister Alberto van Klaveren met Norwegian Foreign Minister Espen Barth Eide in Oslo. ';
  it.each([
    [
      'the bare infinitive after "help" and its object, though the tagger calls it a noun',
      'President Biden spoke with Prime Minister Kishida. They pledged to help Ukraine combat Russian aggression.',
      [
        'Japan SUPPORTS Ukraine (intended)',
        'Ukraine OPPOSES Russia (intended)',
        'United States SUPPORTS Ukraine (intended)',
      ],
    ],
    [
      'plural holders in reported speech',
      `${ministers}Both ministers condemned Russia’s war against Ukraine.`,
      ['Chile OPPOSES Russia (stated)', 'Norway OPPOSES Russia (stated)'],
    ],
    [
      'a reported clause without "that"',
      `${ministers}Van Klaveren said Chile opposes deep-sea mining.`,
      ['Chile OPPOSES deep-sea mining (stated)'],
    ],
    [
      'a proposal of a thing no list names',
      `${ministers}Eide proposed a joint Arctic research fund.`,
      ['Espen Barth Eide PROPOSES joint Arctic research fund (stated)'],
    ],
    [
      '"reject" with a quantifier',
      `${ministers}“We firmly reject any moratorium,” Eide said.`,
      ['Espen Barth Eide OPPOSES moratorium (stated)'],
    ],
    [
      'what a name after a participle does is its own',
      'President Biden expressed his appreciation for Cambodia co-sponsoring resolutions at the United Nations to support Ukraine against Russia’s brutal aggression.',
      [
        'Joe Biden SUPPORTS Cambodia (stated)',
        'Cambodia SUPPORTS Ukraine (stated)',
        'Cambodia OPPOSES Russia (stated)',
      ],
    ],
    [
      'a verb the tagger calls a noun in a list of infinitives',
      'We will redouble our efforts to defend against authoritarianism, combat corruption, and advance human rights.',
      ['Joe Biden OPPOSES corruption (stated)', 'Joe Biden SUPPORTS human rights (stated)'],
    ],
    [
      'the thanked one holds what they are thanked for',
      'President Biden thanked Prime Minister Kishida for his commitment to global health.',
      ['Joe Biden SUPPORTS Fumio Kishida (stated)', 'Fumio Kishida SUPPORTS global health (stated)'],
    ],
    [
      "a stance noun after an actor is that actor's",
      'King Abdullah II expressed appreciation for U.S. support to UNRWA.',
      ['King Abdullah II SUPPORTS United States (stated)', 'United States SUPPORTS UNRWA (stated)'],
    ],
    [
      "appreciation of an owner's efforts to do something supports the owner, who does it",
      'President Biden expressed appreciation for Iraq’s efforts to prosecute ISIS fighters from Syria.',
      ['Joe Biden SUPPORTS Iraq (stated)', 'Iraq OPPOSES Islamic State (stated)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(describeClaims(text, 'Statement by President Joe Biden')).toEqual(
      expect.arrayContaining(expected),
    );
  });
});
