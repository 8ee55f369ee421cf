import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractDocument } from '../pipeline.ts';
import { articlePage } from './fixtures/page.ts';
import { htmlDocument, type PageSource } from './html.ts';
import type { InputItem } from './types.ts';

const ARTICLE = readFileSync(new URL('./fixtures/article.html', import.meta.url));
const SOURCE: PageSource = { origin: 'article.html', id: 'article' };

function page(
  head: string,
  body = '<article><p>China supports the Belt and Road Initiative.</p></article>',
): Buffer {
  return Buffer.from(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

function doc(item: InputItem) {
  if (item.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(item)}`);
  return item.doc;
}

describe('htmlDocument on a saved article whose menus repeat its names', () => {
  const article = doc(htmlDocument(ARTICLE, SOURCE));

  test('keeps the title, the publication date and the canonical address', () => {
    expect(article).toMatchObject({
      id: 'article',
      title: 'Wang Yi Meets Sergei Lavrov in Moscow',
      date: '2020-09-11T18:30:00+03:00',
      url: 'https://www.example.org/news/2020/09/wang-yi-meets-lavrov',
      origin: 'article.html',
    });
  });

  test('reads the article in paragraphs, without menus, asides, footers, scripts or comments', () => {
    expect(article.text.split('\n\n')).toEqual([
      expect.stringMatching(/^On September 11, 2020, State Councilor .* in the region\.$/),
      expect.stringMatching(/^Wang Yi said that China supports .* he said\.$/),
      'Sergei Lavrov said that Russia supports the Belt and Road Initiative.\nHe added that the two sides will keep in close contact.',
      'The ministers agreed to meet again before the end of the year.',
      'They signed a joint statement on international security.',
    ]);
  });

  test('names only in the navigation, aside and footer never become mentions', () => {
    const graph = extractDocument(article);
    const ids = graph.entities.map((entity) => entity.id);
    expect(ids).toEqual(expect.arrayContaining(['CHN', 'RUS', 'wang-yi', 'sergei-lavrov', 'bri']));
    expect(ids.filter((id) => ['IND', 'JPN', 'nato', 'quad'].includes(id))).toEqual([]);
    expect(graph.claims.map((c) => `${c.source} ${c.relation} ${c.target}`)).toContain('RUS SUPPORTS bri');
  });
});

describe('htmlDocument on a short statement in a full page', () => {
  test('gives exactly its text, not the headers around it', () => {
    const text =
      'On Friday, the President signed into law:\n\nS. 2959, the “Supplemental Impact Aid Flexibility Act,” which modifies the application requirements for fiscal year 2023.\n\nThank you to Senators Thune and Murkowski.';
    const statement = { id: 's', origin: 's', title: 'Bill Signed: S. 2959', date: '2022-01-21', text };
    expect(doc(htmlDocument(Buffer.from(articlePage(statement, ['Related'])), SOURCE)).text).toBe(text);
  });
});

describe('htmlDocument metadata', () => {
  // prettier-ignore
  test.each([
    ['JSON-LD datePublished', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-02-04"}</script>', { date: '2022-02-04' }],
    ['broken JSON-LD is passed over', '<script type="application/ld+json">{"datePublished":</script><meta name="date" content="2022-02-05">', { date: '2022-02-05' }],
    ['article:published_time', '<meta property="article:published_time" content="2022-02-04T10:00:00Z">', { date: '2022-02-04T10:00:00Z' }],
    ['Dublin Core date in words', '<meta name="DC.date" content="February 4, 2022">', { date: '2022-02-04' }],
    ['canonical link, relative to the fetched address', '<link rel="canonical" href="/a/b">', { url: 'https://news.example.org/a/b' }],
    ['og:url when there is no canonical link', '<meta property="og:url" content="https://example.org/og">', { url: 'https://example.org/og' }],
    ['no canonical: the fetched address', '', { url: 'https://news.example.org/x?id=1' }],
    ['a canonical that is no web address is passed over', '<link rel="canonical" href="javascript:alert(1)">', { url: 'https://news.example.org/x?id=1' }],
  ])('%s', (_name, head, expected) => {
    expect(doc(htmlDocument(page(head), { ...SOURCE, url: 'https://news.example.org/x?id=1' }))).toMatchObject(expected);
  });

  test('a <time> in the article dates it when the head does not', () => {
    const body =
      '<article><time datetime="2021-06-16">June 16</time><p>Russia opposes the plan.</p></article>';
    expect(doc(htmlDocument(page('', body), SOURCE)).date).toBe('2021-06-16');
  });

  test('a page that leaves <html>, <head> and <body> implied is read whole', () => {
    const bare = Buffer.from(
      '<!doctype html><title>Talks</title><meta name="date" content="2022-02-04"><p>One.</p><p>Two.</p>',
    );
    expect(doc(htmlDocument(bare, SOURCE))).toMatchObject({
      title: 'Talks',
      date: '2022-02-04',
      text: 'One.\n\nTwo.',
    });
  });

  test('a page saved without a date or address has neither', () => {
    const read = doc(htmlDocument(page('<title>Talks</title>'), SOURCE));
    expect([read.title, read.date, read.url]).toEqual(['Talks', undefined, undefined]);
  });
});

describe('htmlDocument encodings and failures', () => {
  test('honours the declared charset (windows-1252)', () => {
    const latin = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 talks \x93today\x94.</p></body></html>',
      'latin1',
    );
    expect(doc(htmlDocument(latin, SOURCE)).text).toBe('Café talks “today”.');
  });

  // prettier-ignore
  test.each([
    ['empty', Buffer.alloc(0), /is empty/],
    ['binary', Buffer.from([0x3c, 0x00, 0x01, 0x02]), /looks binary/],
    ['invalid UTF-8 with no charset declared', Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c]), /invalid UTF-8 at byte 3/],
    ['an unknown charset', page('<meta charset="klingon">'), /declares the unknown encoding "klingon"/],
    ['no text', page('', '<div><img src="x.png"></div>'), /has no article text/],
  ])('reports %s', (_name, bytes, message) => {
    const item = htmlDocument(bytes, SOURCE);
    expect(item).toMatchObject({ kind: 'error', origin: 'article.html' });
    expect(item.kind === 'error' ? item.message : '').toMatch(message);
  });
});
