import { describe, expect, it } from 'vitest';
import { describeMentions } from './testing.ts';

// One line per case: text (the last sentence is described), then "surface=entity id" per mention.
describe('mentions', () => {
  it.each([
    [
      'titled names',
      'Chinese State Councilor & Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov.',
      [
        'Chinese State Councilor & Foreign Minister Wang Yi=wang-yi',
        'Russian Foreign Minister Sergei Lavrov=sergei-lavrov',
      ],
    ],
    [
      'a title and a surname alone name the one known person who held that office',
      'President Yoon thanked Prime Minister Johnson of the United Kingdom and President Carter.',
      [
        'President Yoon=yoon-suk-yeol',
        'Prime Minister Johnson of the United Kingdom=boris-johnson',
        'President Carter=carter',
      ],
    ],
    ['acronyms in exact case', 'The U.S. and the UAE back it, and us too.', ['The U.S.=USA', 'the UAE=ARE']],
    [
      'demonym phrases stand for the country',
      'The Chinese side thanked the Russian government.',
      ['The Chinese side=CHN', 'the Russian government=RUS'],
    ],
    [
      'a plural demonym for the people is the country',
      'We hold the Russians accountable, as Ukrainians ask.',
      ['the Russians=RUS', 'Ukrainians=UKR'],
    ],
    ['seats of government as metonyms', 'The Kremlin said it would respond.', ['The Kremlin=RUS']],
    ['a capital after "in" is a place', 'Lavrov held talks in Moscow.', ['Lavrov=sergei-lavrov']],
    [
      'a spelled-out name defines its acronym',
      'Russia backs the Association of Southeast Asian Nations (ASEAN).',
      ['Russia=RUS', 'the Association of Southeast Asian Nations (ASEAN)=asean'],
    ],
    [
      'an acronym defined earlier',
      'They launched the Strategic Stability Dialogue (SSD). Russia praised the SSD.',
      ['Russia=RUS', 'SSD=strategic-stability-dialogue'],
    ],
    [
      'an unknown name classified by its head noun',
      'Officials met at the Customs Tariff Commission.',
      ['Customs Tariff Commission=customs-tariff-commission'],
    ],
    [
      'a coined term in quotation marks',
      'China opposes releasing “political virus” now.',
      ['China=CHN', 'political virus=political-virus'],
    ],
    ['a number in quotation marks is no term', 'They negotiate a “123” nuclear agreement.', []],
    [
      'names with initials and suffixes',
      'President Joseph R. Biden, Jr. spoke with President Putin.',
      ['President Joseph R. Biden, Jr.=joe-biden', 'President Putin=vladimir-putin'],
    ],
    [
      'a title of an organisation',
      'UN Secretary-General António Guterres spoke.',
      ['UN Secretary-General António Guterres=antonio-guterres'],
    ],
    [
      'an appositive title; "He" as a name',
      'He Lifeng, Vice Premier of the State Council, met Scott Bessent.',
      ['He Lifeng=he-lifeng', 'the State Council=state-council-china', 'Scott Bessent=scott-bessent'],
    ],
    [
      'surnames after the full name',
      'Wang Yi arrived. Minister Wang said that Wang supports it.',
      ['Minister Wang=wang-yi', 'Wang=wang-yi'],
    ],
    [
      'a description of someone met before',
      'Russian Foreign Minister Sergei Lavrov came. The Russian top diplomat spoke.',
      ['The Russian top diplomat=sergei-lavrov'],
    ],
    ['"Brussels" speaks for the EU', 'Brussels said no.', ['Brussels=eu']],
    [
      'lower-case issues',
      'They uphold multilateralism and oppose unilateralism.',
      ['multilateralism=multilateralism', 'unilateralism=unilateralism'],
    ],
    [
      'a lower-case title after a demonym, and one without',
      'Greek prime minister Kyriakos Mitsotakis and energy minister Yuval Steinitz spoke.',
      [
        'Greek prime minister Kyriakos Mitsotakis=kyriakos-mitsotakis',
        'energy minister Yuval Steinitz=yuval-steinitz',
      ],
    ],
    [
      'titles of legislators',
      'Senator Ted Cruz and Representative Francis Rooney proposed it.',
      ['Senator Ted Cruz=ted-cruz', 'Representative Francis Rooney=francis-rooney'],
    ],
    [
      'an ambassador to a country',
      'US Ambassador to Germany Richard Grenell alleged it.',
      ['US Ambassador to Germany Richard Grenell=richard-grenell'],
    ],
    [
      'a title of several words',
      'Police and Crime Commissioner Stephen Mold urged it.',
      ['Police and Crime Commissioner Stephen Mold=stephen-mold'],
    ],
    [
      'a lower-case title of a cleric',
      'It was criticised by archbishop Jorge Eduardo Scheinig.',
      ['archbishop Jorge Eduardo Scheinig=jorge-eduardo-scheinig'],
    ],
    [
      'an apposition after a name; a surname of several words stays whole',
      "Alberto van Klaveren, Chile's foreign minister, met Adil Abdul-Mahdi, the acting Prime Minister of Iraq.",
      [
        'Alberto van Klaveren=alberto-van-klaveren',
        'Chile=CHL',
        'Adil Abdul-Mahdi=adil-abdul-mahdi',
        'the acting Prime Minister of Iraq=adil-abdul-mahdi',
      ],
    ],
    [
      'untitled names: "who" after one, a title in apposition',
      'Brett McGurk, who was an envoy, and Lindsey Graham, a Republican senator, said no.',
      ['Brett McGurk=brett-mcgurk', 'Lindsey Graham=lindsey-graham'],
    ],
    [
      'a spokesman for a body; "al-" inside a name',
      'Ahmed al-Assadi, a spokesman for the PMF, blamed Israel.',
      ['Ahmed al-Assadi=ahmed-al-assadi', 'the PMF=popular-mobilization-forces', 'Israel=ISR'],
    ],
    [
      'a title before a comma',
      'The director of the agency, Mariela Belski, said it.',
      ['Mariela Belski=mariela-belski'],
    ],
    [
      'names listed after a person',
      'His counterparts, Nikos Dendias, Nikos Christodoulides and Sameh Shoukry, met.',
      [
        'Nikos Dendias=nikos-dendias',
        'Nikos Christodoulides=nikos-christodoulides',
        'Sameh Shoukry=sameh-shoukry',
      ],
    ],
    [
      'organisations by a classifier noun',
      'Germany banned Iranian airline Mahan Air, as environmental group Greenpeace asked.',
      ['Germany=DEU', 'Mahan Air=mahan-air', 'Greenpeace=greenpeace'],
    ],
    [
      'organisations listed after a classifier noun',
      'German firms including Deutsche Bahn, Daimler, and Siemens left.',
      ['Deutsche Bahn=deutsche-bahn', 'Daimler=daimler', 'Siemens=siemens'],
    ],
    [
      'title fragments in a heading: words run together, a preposition in title case',
      'Remarks by President BidenAnd Prime Minister Mitsotakis of GreeceBefore Vice President Harris Aboard the Ship',
      [
        'President Biden=joe-biden',
        'Prime Minister Mitsotakis of Greece=kyriakos-mitsotakis',
        'Vice President Harris=kamala-harris',
      ],
    ],
    [
      "organisations of a place: its police, its senate (not the U.S. Senate), a territory's government",
      'Serbian police, the Argentine Senate, the Puerto Rico Senate and the Hong Kong government replied.',
      [
        'Serbian police=serbian-police',
        'the Argentine Senate=argentine-senate',
        'the Puerto Rico Senate=puerto-rico-senate',
        'the Hong Kong government=hong-kong-government',
      ],
    ],
    [
      "a state's ministry named in capitals is an organisation of its own, in lower case the state",
      'The Turkish Ministry of Foreign Affairs, the Ministry of Foreign Affairs of Turkey and the Turkish embassy replied.',
      [
        'The Turkish Ministry of Foreign Affairs=turkish-ministry-of-foreign-affairs',
        'the Ministry of Foreign Affairs of Turkey=turkish-ministry-of-foreign-affairs',
        'the Turkish embassy=TUR',
      ],
    ],
    [
      'the head of "X of Y" is X: a title in apposition is no organisation',
      'Mike Pyle met with Bjoern Seibert, Head of Cabinet to the President, and the Chairman of the Board.',
      ['Mike Pyle=mike-pyle', 'Bjoern Seibert=bjoern-seibert'],
    ],
    [
      'a legislator "from" a state before the name: the place is passed over',
      'United States Senator from Vermont Bernie Sanders endorsed Biden, and Senator from New York Chuck Schumer agreed.',
      [
        'United States Senator from Vermont Bernie Sanders=bernie-sanders',
        'Biden=joe-biden',
        'Senator from New York Chuck Schumer=chuck-schumer',
      ],
    ],
    [
      'a known name written surname first is the known person',
      'President Biden met Prime Minister Kishida Fumio of Japan.',
      ['President Biden=joe-biden', 'Prime Minister Kishida Fumio of Japan=fumio-kishida'],
    ],
    [
      "an administration named after its leaders is the leader's state",
      'The Trump administration and the Biden-Harris Administration imposed sanctions.',
      ['The Trump administration=USA', 'the Biden-Harris Administration=USA'],
    ],
    [
      "a company's name without its designator names it again",
      'Germany banned Iranian airline Mahan Air. Mahan flies to Syria.',
      ['Mahan=mahan-air', 'Syria=SYR'],
    ],
    [
      'a verb after a known name ends it; a number ends the name of an order or a force',
      'The United States suspended Executive Order 14257, and China opposes Task Force 75.',
      [
        'The United States=USA',
        'Executive Order 14257=executive-order-14257',
        'China=CHN',
        'Task Force 75=task-force-75',
      ],
    ],
    [
      'a de facto state is no part of the state whose name it holds',
      'Only Turkey recognises the Turkish Republic of Northern Cyprus (TRNC).',
      ['Turkey=TUR', 'the Turkish Republic of Northern Cyprus (TRNC)=northern-cyprus'],
    ],
    [
      'a hashtag names what its word names',
      'I strongly reject the new #US blockade measure on #Cuba airports.',
      ['US=USA', 'blockade=blockade', 'Cuba=CUB'],
    ],
    [
      'a country in the name of a sea or gulf is part of a place',
      'He announced an initiative for the Gulf of Oman, the Sea of Japan and the Bay of Bengal with India.',
      ['India=IND'],
    ],
    [
      'an embassy is named by its city; an unknown acronym after a demonym',
      'Belarusian KGB wrote to the U.S. Embassy in London.',
      ['Belarusian KGB=belarusian-kgb', 'the U.S. Embassy in London=united-states-embassy-in-london'],
    ],
    [
      'a title after a name no list knows: the title and the name are one mention',
      'Fellow Republican Representative Francis Rooney agreed.',
      ['Representative Francis Rooney=francis-rooney'],
    ],
    [
      'the places whose officials act are organisations',
      'Attorneys general from Maine, New Jersey, and Hawaii joined.',
      ['Maine=maine', 'New Jersey=new-jersey', 'Hawaii=hawaii'],
    ],
    [
      'a classifier before a demonym; "of the" before one last word; a head noun at the end',
      "Saudi Arabia's state-owned Saudi Aramco, the Law of the Sea, and Cinema for Peace Foundation.",
      [
        'Saudi Arabia=SAU',
        'Saudi Aramco=saudi-aramco',
        'Law of the Sea=law-of-the-sea',
        'Cinema for Peace Foundation=cinema-for-peace-foundation',
      ],
    ],
    [
      'a lower-case initiative head after a name, a noun between',
      'They opened the TurkStream gas pipeline.',
      ['TurkStream gas pipeline=turkstream-gas-pipeline'],
    ],
    [
      'an acronym stands for the name whose initials it has, not the known name that ends it',
      'The Recording Industry Association of America (RIAA) sued the United States.',
      [
        'Recording Industry Association of America (RIAA)=recording-industry-association-of-america',
        'the United States=USA',
      ],
    ],
    [
      'an acronym of a lower-case issue',
      'They condemn conflict-related sexual violence (CRSV).',
      ['conflict-related sexual violence (CRSV)=conflict-related-sexual-violence'],
    ],
    [
      'a known body or place opens the name of an initiative',
      'It goes against the United Nations Security Council resolution 2259 and the APEC Host Year.',
      [
        'the United Nations Security Council resolution 2259=united-nations-security-council-resolution-2259',
        'the APEC Host Year=apec-host-year',
      ],
    ],
    [
      'a closing straight quote opens nothing; function words in quotes name nothing',
      'It is a "political virus" and "infringes upon rights", a "Green" and the "Deal".',
      ['political virus=political-virus'],
    ],
    [
      'an acronym that acts or speaks',
      'According to the BBC, the system, which the BBC describes as marred, is in the EEZ.',
      ['BBC=bbc', 'BBC=bbc'],
    ],
    [
      'a person of a country listed after another; a ruler after "the government of"',
      'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin backed the government of Abdrabbuh Mansur Hadi.',
      [
        'Presidents Muhammadu Buhari of Nigeria=muhammadu-buhari',
        'Patrice Talon=patrice-talon',
        'Benin=BEN',
        'Abdrabbuh Mansur Hadi=abdrabbuh-mansur-hadi',
      ],
    ],
    [
      'a surname that "who" follows; the full name after it',
      'Sacoolas, who has immunity, left. Anne Sacoolas will come back.',
      ['Anne Sacoolas=anne-sacoolas'],
    ],
    [
      'a word before a state in a list of places; a force after a place no list knows; a prefix',
      'Attorneys general from Maine and New Mexico joined. Northamptonshire police built the trans-Anatolian pipeline.',
      [
        'Northamptonshire police=northamptonshire-police',
        'trans-Anatolian pipeline=trans-anatolian-pipeline',
      ],
    ],
    [
      'a description refers back to the organisation that noun named',
      'Germany banned Iranian airline Mahan Air. The airline denied it.',
      ['The airline=mahan-air'],
    ],
    [
      'an embassy described alone',
      'He wrote to the US Embassy in London. The embassy declined.',
      ['The embassy=united-states-embassy-in-london'],
    ],
    [
      'a title used alone after a first full mention',
      'Senator Ted Cruz proposed it. The senator said so.',
      ['The senator=ted-cruz'],
    ],
    [
      'a group of a territory or of a people no list has, acting as one',
      'Hong Kong protesters gathered. Kurdish fighters left, and the Kurds were angry.',
      ['Kurdish fighters=kurdish-fighters', 'Kurds=kurds'],
    ],
    [
      'role nouns with a nationality speak for their country; a journalist does not',
      'A senior Iranian diplomat, Russian lawmakers and Turkish officials met Iranian journalist Ali Reza.',
      [
        'Iranian diplomat=IRN',
        'Russian lawmakers=RUS',
        'Turkish officials=TUR',
        'Iranian journalist Ali Reza=ali-reza',
      ],
    ],
    [
      'a plural title names known people only',
      'The Foreign Ministers of the Shanghai Cooperation Organization Member Countries met.',
      ['the Shanghai Cooperation Organization=sco'],
    ],
    [
      'titles and words of a heading are no person',
      'Statement by National Security Advisor Jake Sullivan and Special Assistant Additional Provisions.',
      ['National Security Advisor Jake Sullivan=jake-sullivan'],
    ],
    ['a proper name in lower case is not one', 'the china shop sold turkey.', []],
    [
      'an Arabic surname is used with or without its article, by a title',
      'Iraqi Prime Minister Kadhimi spoke.',
      ['Iraqi Prime Minister Kadhimi=mustafa-al-kadhimi'],
    ],
    [
      'and after the full name',
      'Mustafa Al-Kadhimi spoke, and Kadhimi left.',
      ['Mustafa Al-Kadhimi=mustafa-al-kadhimi', 'Kadhimi=mustafa-al-kadhimi'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(describeMentions(text)).toEqual(expected);
  });
});
