import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from './index.ts';
import { officeOn } from './terms.ts';

const kb = loadKnowledge();
const nlp = winkNLP(model);
/** Word tokens exactly as the extractor sees them. */
const tokens = (text: string): string[] => nlp.readDoc(text).tokens().out();

describe('matchName', () => {
  it.each([
    // text, id of the entity found at the first token (or undefined), tokens it spans
    ['US', 'USA', 1],
    ['us', undefined, 0],
    ['U.S.', 'USA', 1],
    ['USA', 'USA', 1],
    ['the United States of America', 'USA', 5],
    ['United States of America', 'USA', 4],
    ['the US', 'USA', 2],
    ['America', 'USA', 1],
    ['Americas', undefined, 0],
    ['UK', 'GBR', 1],
    ['U.K.', 'GBR', 1],
    ['Great Britain', 'GBR', 2],
    ['Republic of Korea', 'KOR', 3],
    ['ROK', 'KOR', 1],
    ['DPRK', 'PRK', 1],
    ["the People's Republic of China", 'CHN', 6],
    ['the People’s Republic of China', 'CHN', 6],
    ['PRC', 'CHN', 1],
    ['Russian Federation', 'RUS', 2],
    ['Islamic Republic of Iran', 'IRN', 4],
    ['Turkey', 'TUR', 1],
    ['Türkiye', 'TUR', 1],
    ['Czechia', 'CZE', 1],
    ['Czech Republic', 'CZE', 2],
    ["Côte d'Ivoire", 'CIV', 2],
    ['Cote d’Ivoire', 'CIV', 2],
    ['Ivory Coast', 'CIV', 2],
    ['china', undefined, 0],
    ['turkey', undefined, 0],
    ['IT', undefined, 0],
    ['Taiwan', 'TWN', 1],
    ['Hong Kong', 'HKG', 2],
    ['Kosovo', 'XKX', 1],
    ['Palestine', 'PSE', 1],
    ["Russia's", 'RUS', 1],
    ['WHO', 'who', 1],
    ['who', undefined, 0],
    ['World Health Organisation', 'who', 3],
    ['UN', 'un', 1],
    ['U.N.', 'un', 1],
    ['the UN', 'un', 2],
    ['UN Security Council', 'unsc', 3],
    ['United Nations Security Council', 'unsc', 4],
    ['Security Council', 'unsc', 2],
    ['Association of Southeast Asian Nations', 'asean', 5],
    ['ASEAN', 'asean', 1],
    ['Shanghai Cooperation Organisation', 'sco', 3],
    ['Shanghai Cooperation Organization', 'sco', 3],
    ['Eurasian Economic Union', 'eaeu', 3],
    ['EEU', 'eaeu', 1],
    ['NATO', 'nato', 1],
    ['G20', 'g20', 1],
    ['G-20', 'g20', 1],
    ['Group of Seven', 'g7', 3],
    ['OPEC+', 'opec-plus', 2],
    ['Houthis', 'houthis', 1],
    ['Ansar Allah', 'houthis', 2],
    ['al-Qaeda', 'al-qaeda', 3],
    ['Daesh', 'islamic-state', 1],
    ["Kurdistan Workers' Party", 'pkk', 4],
    ['European Commission', 'european-commission', 2],
    ['State Department', 'us-state-department', 2],
    ['Belt and Road Initiative', 'bri', 4],
    ['Belt & Road Initiative', 'bri', 4],
    ['BRI', 'bri', 1],
    ['New START', 'new-start', 2],
    ['new start', undefined, 0],
    ['Indo-Pacific strategy', 'indo-pacific-strategy', 4],
    ['Indo-Pacific', 'indo-pacific', 3],
    ['free and open\nIndo-Pacific', 'foip', 7],
    ['LeT', 'lashkar-e-taiba', 1],
    ['Let', undefined, 0],
    ['“Global Initiative on Data Security”', undefined, 0],
    ['Global Initiative on Data Security', 'gids', 5],
    ['UN Charter', 'un-charter', 2],
    ['Iran nuclear deal', 'jcpoa', 3],
    ['euro area', 'eurozone', 2],
    ['multilateralism', 'multilateralism', 1],
    ['Multilateralism', 'multilateralism', 1],
    ['globalisation', 'globalization', 1],
    ['community with a shared future for mankind', 'community-with-a-shared-future', 7],
    ['two-state solution', 'two-state-solution', 4],
    ['Taiwan independence', 'taiwan-independence', 2],
    ['cease-fire', 'ceasefire', 3],
    ['Wang Yi', 'wang-yi', 2],
    ['Xi', 'xi-jinping', 1],
    ["Xi's", 'xi-jinping', 1],
    ['Sergey Lavrov', 'sergei-lavrov', 2],
    ['Zelensky', 'volodymyr-zelenskyy', 1],
    ['Kim Jong-un', 'kim-jong-un', 4],
    ['Joseph R. Biden, Jr.', 'joe-biden', 5],
    ['the Putin', undefined, 0],
    ['Georgia', 'GEO', 1],
  ])('%s -> %s (%i tokens)', (text, id, length) => {
    const m = kb.matchName(tokens(text), 0);
    expect(m && [m.entity.id, m.length]).toEqual(id === undefined ? undefined : [id, length]);
  });

  it.each([
    ['Georgia', true],
    ['Congo', true],
    ['Germany', false],
  ])('flags %s as ambiguous: %s', (text, ambiguous) => {
    expect(kb.matchName(tokens(text), 0)?.ambiguous ?? false).toBe(ambiguous);
  });

  it('finds a name in the middle of a sentence', () => {
    const t = tokens('Lavrov said the United States takes destructive steps.');
    expect(kb.matchName(t, 2)).toMatchObject({ entity: { id: 'USA' }, length: 3 });
    expect(kb.matchName(t, 1)).toBeUndefined();
  });
});

describe('demonyms, metonyms, roles, bodies, honorifics', () => {
  it.each([
    ['Chinese', 'CHN'],
    ['Russians', 'RUS'],
    ['Russian', 'RUS'],
    ['American', 'USA'],
    ['Americans', 'USA'],
    ['British', 'GBR'],
    ['South Korean', 'KOR'],
    ['North Korean', 'PRK'],
    ['Israelis', 'ISR'],
    ['Turks', 'TUR'],
    ['Dominican', 'DOM'],
    ['Congolese', 'COD'],
    ['Filipino', 'PHL'],
    ['Saudi', 'SAU'],
    ['chinese', undefined],
    ['China', undefined],
  ])('demonym %s -> %s', (word, id) => {
    expect(kb.countryOfDemonym(word)?.id).toBe(id);
  });

  it.each([
    ['the Kremlin', 'RUS', 2],
    ["the Kremlin's", 'RUS', 2],
    ['Kremlin', 'RUS', 1],
    ['the White House', 'USA', 3],
    ['Washington', 'USA', 1],
    ['Beijing', 'CHN', 1],
    ['Zhongnanhai', 'CHN', 1],
    ['Downing Street', 'GBR', 2],
    ['Élysée', 'FRA', 1],
    ['Elysee', 'FRA', 1],
    ['Kyiv', 'UKR', 1],
    ['Kiev', 'UKR', 1],
    ['Brussels', 'eu', 1],
    ['Pyongyang', 'PRK', 1],
    ['Tehran', 'IRN', 1],
    ['Moscow', 'RUS', 1],
  ])('metonym %s -> %s', (text, id, length) => {
    const m = kb.metonym(tokens(text), 0);
    expect(m && [m.entity.id, m.length]).toEqual([id, length]);
  });

  it.each([
    ['Foreign Minister', 'Foreign Minister', 2],
    ['foreign minister', 'Foreign Minister', 2],
    ['Minister of Foreign Affairs', 'Foreign Minister', 4],
    ['top diplomat', 'Foreign Minister', 2],
    ['Secretary of State', 'Foreign Minister', 3],
    ['External Affairs Minister', 'Foreign Minister', 3],
    ['Defence Secretary', 'Defense Minister', 2],
    ['Secretary-General', 'Secretary-General', 3],
    ['Secretary General', 'Secretary-General', 2],
    ['State Councilor', 'State Councilor', 2],
    ['Spokesman', 'Spokesperson', 1],
    ['Crown Prince', 'Crown Prince', 2],
    ['President', 'President', 1],
  ])('role %s -> %s', (text, title, length) => {
    const m = kb.matchRole(tokens(text), 0);
    expect(m && [m.role.title, m.length]).toEqual([title, length]);
  });

  it.each([
    ['Foreign Minister', 'country'],
    ['Spokesperson', 'country'],
    ['Secretary-General', 'organization'],
    ['Director-General', 'organization'],
  ])('%s speaks for a %s', (title, speaksFor) => {
    expect(kb.findRole(title)?.speaksFor).toBe(speaksFor);
  });

  it.each([
    ['Foreign Ministry', 'foreign-ministry', 'organization'],
    ['Ministry of Foreign Affairs', 'foreign-ministry', 'organization'],
    ['side', 'side', 'country'],
    ['government', 'government', 'country'],
  ])('body %s -> %s', (text, id, refersTo) => {
    expect(kb.matchBody(tokens(text), 0)?.body).toMatchObject({ id, refersTo });
  });

  it.each([
    ['Mr. Wang', 1],
    ['H.E. Mr. Li', 1],
    ['His Excellency', 2],
    ['Dr. Tedros', 1],
    ['mr', 0],
  ])('honorific at the start of %s spans %i tokens', (text, length) => {
    expect(kb.matchHonorific(tokens(text), 0)?.length ?? 0).toBe(length);
  });

  it.each([
    // text, sector and whom the holder speaks for (or undefined), tokens it spans
    ['diplomat', 'GOV country', 1],
    ['diplomats said', 'GOV country', 1],
    ['Parliamentarians', 'LEG body', 1],
    ['lawmakers', undefined, 0],
    ['rebels', 'REB none', 1],
    ['activists', 'OPP none', 1],
    ['journalist', 'MED none', 1],
    ['military officials', 'MIL country', 2],
    ['Foreign Ministry', undefined, 0],
    ['government', undefined, 0],
    ['opposition', undefined, 0],
    ['farmers', undefined, 0],
  ])('agent %s -> %s', (text, expected, length) => {
    const m = kb.matchAgent(tokens(text), 0);
    expect(m && `${m.agent.sector} ${m.agent.speaksFor}`).toBe(expected);
    expect(m?.length ?? 0).toBe(length);
  });
});

describe('people and clubs', () => {
  it.each([
    ['Wang Yi', 'CHN', 'Foreign Minister'],
    ['Sergei Lavrov', 'RUS', 'Foreign Minister'],
    ['Antony Blinken', 'USA', 'Secretary of State'],
    ['António Guterres', 'un', 'Secretary-General'],
    ['Tedros', 'who', 'Director-General'],
  ])('%s represents %s as %s', (name, represents, role) => {
    expect(kb.lookup(name)).toMatchObject({ kind: 'Person', represents, role });
  });

  it.each([
    ['foreign-minister', 'CHN', '2023-03-15', ['qin-gang']],
    ['foreign-minister', 'CHN', '2020-09-11', ['wang-yi']],
    ['foreign-minister', 'RUS', '2020-09-11', ['sergei-lavrov']],
    ['foreign-minister', 'USA', '2022-02-26', ['antony-blinken']],
    ['president', 'USA', '2021-02-10', ['joe-biden']],
    ['president', 'USA', '2021-01-26', ['joe-biden', 'donald-trump']],
    ['president', 'USA', '2019-06-01', ['donald-trump']],
  ])('the %s of %s on %s is %j, newest first', (roleId, represents, date, ids) => {
    const role = kb.roles.find((r) => r.id === roleId);
    if (!role) throw new Error(`no role ${roleId}`);
    expect(kb.holders(role, represents, date).map((p) => p.id)).toEqual(ids);
  });

  it.each([
    ['Yoon', 'president', ['yoon-suk-yeol']],
    ['Johnson', 'prime-minister', ['boris-johnson']],
    ['Carter', 'president', []],
  ])('%s as %s is %j', (surname, roleId, ids) => {
    const role = kb.roles.find((r) => r.id === roleId);
    if (!role) throw new Error(`no role ${roleId}`);
    expect(kb.titled(surname, role).map((p) => p.id)).toEqual(ids);
  });

  it.each([
    ['nato', 'USA', true],
    ['nato', 'SWE', true],
    ['nato', 'AUT', false],
    ['eu', 'FRA', true],
    ['eu', 'GBR', false],
    ['asean', 'VNM', true],
    ['sco', 'IND', true],
    ['brics', 'ZAF', true],
    ['g7', 'JPN', true],
    ['g7', 'RUS', false],
    ['quad', 'AUS', true],
    ['unsc', 'CHN', true],
    ['csto', 'ARM', true],
    ['eaeu', 'KAZ', true],
    ['gcc', 'QAT', true],
    ['un', 'VAT', false],
  ])('%s has %s as member: %s', (org, country, member) => {
    expect(kb.entities.get(org)?.members?.includes(country)).toBe(member);
  });
});

describe('generated data joined with the hand data', () => {
  it.each([
    // entity id, a member it must have, a member it must not have (undefined: none to check)
    ['osce', 'USA', 'CHN'],
    ['nam', 'IND', 'USA'],
    ['nato', 'TUR', 'RUS'],
  ])('%s has %s among its members, not %s', (id, member, other) => {
    const members = kb.entities.get(id)?.members ?? [];
    expect(members).toContain(member);
    expect(members).not.toContain(other);
  });

  it.each([
    // name, id found, office on a date ("role represents"), or "none"
    ['Keir Starmer', 'keir-starmer', '2025-03-01', 'Prime Minister GBR'],
    ['Keir Starmer', 'keir-starmer', '2023-03-01', 'none'],
    ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan', '2020-01-01', 'President TUR'],
    ['Vladimir Putin', 'vladimir-putin', '2019-06-01', 'President RUS'],
  ])('%s is %s, on %s: %s', (name, id, date, office) => {
    const person = kb.lookup(name);
    expect(person?.id).toBe(id);
    const term = person && officeOn(person, date);
    expect(term ? `${term.role} ${term.represents}` : 'none').toBe(office);
  });

  it('gives "the prime minister" of a country on a date', () => {
    const role = kb.findRole('Prime Minister');
    if (!role) throw new Error('no prime minister role');
    expect(kb.holders(role, 'GBR', '2023-03-01').map((p) => p.id)).toEqual(['rishi-sunak']);
    expect(kb.holders(role, 'ITA', '2023-03-01').map((p) => p.label)).toEqual(['Giorgia Meloni']);
  });
});
