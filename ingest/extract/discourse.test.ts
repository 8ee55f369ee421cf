import { describe, expect, it } from 'vitest';
import { analyse } from './testing.ts';

/** The entity ids each pronoun or group phrase of the last sentence stands for. */
function references(text: string, authors: string[] = []): string[] {
  const last = analyse(text, authors).sentences.at(-1);
  if (!last) return [];
  return last.mentions
    .filter((m) => m.reference)
    .map(
      (m) =>
        `${last.tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' ')}=${m.ids.join(',')}`,
    );
}

// One line per case: text, the authors of the document, then "phrase=ids" per reference.
describe('resolution of pronouns and group references', () => {
  it.each([
    [
      '"he" is the person last mentioned',
      'Lavrov said Russia backs ASEAN. He also praised the SCO.',
      [],
      ['He=sergei-lavrov'],
    ],
    [
      '"the two sides" are the actors named together',
      'China and Russia met. The two sides agreed.',
      [],
      ['The two sides=CHN,RUS'],
    ],
    [
      '"the leaders" are the host and all the partners of a meeting',
      'Kamala Harris met with President Egils Levits of Latvia and President Gitanas Nauseda of Lithuania. The leaders agreed.',
      [],
      ['The leaders=USA,LVA,LTU'],
    ],
    [
      'a group phrase is the recent plural subject, not an older pair',
      'China and Russia met. The G7 leaders gathered in Hiroshima. The leaders pledged support.',
      [],
      ['The leaders=g7'],
    ],
    [
      '"both countries" inside the sentence that names them',
      'China and Russia defended both countries’ interests.',
      [],
      ['both countries=CHN,RUS'],
    ],
    [
      'a meeting makes a pair',
      'President Biden spoke with President Putin. They agreed.',
      [],
      ['They=USA,RUS'],
    ],
    [
      'a bare "they" is the last plural subject, its unnamed part left out',
      'National Security Advisor Jake Sullivan and his counterparts discussed the crisis. They emphasized their commitment to Ukraine.',
      [],
      ['They=USA', 'their=USA'],
    ],
    [
      'a bare "they" is the pair that holds the plural subject',
      'Vice President Kamala Harris spoke with Prime Minister Micheál Martin of Ireland. The Vice President and the Taoiseach discussed trade. They agreed.',
      [],
      ['They=USA,IRL'],
    ],
    [
      'a plural subject outlives a singular one',
      'Antony Blinken, Janet Yellen and Jake Sullivan met CEOs on Russia. The President joined them. They agreed.',
      [],
      ['They=USA'],
    ],
    [
      'a bare "they" with nobody in sight is nobody, not the actors named most',
      'Russia attacked Ukraine again. They called for talks.',
      [],
      ['They='],
    ],
    [
      'a bare "they" looks two sentences back at most',
      'Wang Yi met Sergei Lavrov. Lavrov spoke. He left. They agreed.',
      [],
      ['They='],
    ],
    [
      'the partner of a meeting after its venue and time',
      'Wang Yi met on Monday in Moscow with Sergei Lavrov. They agreed.',
      [],
      ['They=CHN,RUS'],
    ],
    [
      'a bare "they" after an organisation',
      'The Houthis will pay should they continue.',
      [],
      ['they=houthis'],
    ],
    [
      '"their" after the actor just named',
      'We stand with the Ukrainian people in their efforts.',
      ['FRA'],
      ['We=FRA', 'their=UKR'],
    ],
    [
      '"his" and "him" after a person named earlier in the sentence',
      'Macron spoke. Bolsonaro has spoken, and his critics blame him.',
      [],
      ['his=jair-bolsonaro', 'him=jair-bolsonaro'],
    ],
    [
      '"the two leaders" are a pair, never the three actors named last',
      'President Biden met virtually with Prime Minister Kishida of Japan. Noting the situation in Tonga, the two leaders reinforced the importance of working with partners including Australia, France, and New Zealand. The two leaders resolved to enhance ties.',
      [],
      ['The two leaders=USA,JPN'],
    ],
    [
      '"the government" alone is the state named last',
      'Serbians protested in Belgrade after the government announced new measures.',
      [],
      ['the government=SRB'],
    ],
    [
      '"he" is the subject of the sentence, not the partner it met',
      'Later on Tuesday Mitsotakis met with the IMF, then with President Trump, where he denounced the deal.',
      [],
      ['he=kyriakos-mitsotakis'],
    ],
    ['"we" are the authors', 'We support Ukraine.', ['FRA', 'DEU'], ['We=FRA,DEU']],
    [
      '"we" in a transcript is the speaker who has the floor, not the authors',
      'PRESIDENT BIDEN: Welcome.\n\nPRESIDENT MACRON: Thank you.\n\nWe worked hard to help Ukraine.',
      ['USA'],
      ['We=emmanuel-macron'],
    ],
    [
      '"we" in a quote is the speaker',
      '“We must act,” Wang Yi said. Wang said we must act.',
      [],
      ['we=wang-yi'],
    ],
  ])('%s', (_name, text, authors, expected) => {
    expect(references(text, authors)).toEqual(expected);
  });
});
