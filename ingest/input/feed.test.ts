import { describe, expect, test } from 'vitest';
import { feedItems, type FeedSource } from './feed.ts';
import type { InputItem } from './types.ts';

const SOURCE: FeedSource = { origin: 'news.rss', id: 'news' };

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Ministry of Examples</title>
  <link>https://www.example.org/</link>
  <description>Press releases</description>
  <item>
    <title>Wang Yi Meets Lavrov &amp; Talks</title>
    <link>https://www.example.org/news/wang-yi-meets-lavrov</link>
    <guid>https://www.example.org/?p=1</guid>
    <pubDate>Fri, 11 Sep 2020 10:00:00 +0000</pubDate>
    <description>A short summary that the full content replaces.</description>
    <content:encoded><![CDATA[<p>China <strong>supports</strong> the Belt and Road Initiative.</p>
      <script>track("Japan")</script><p>Russia opposes unilateral sanctions &amp; blockades.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a summary, escaped</title>
    <link>/news/summary</link>
    <dc:date>2020-09-12</dc:date>
    <description>&lt;p&gt;India &lt;em&gt;welcomes&lt;/em&gt; the talks.&lt;/p&gt;&lt;p&gt;A second paragraph.&lt;/p&gt;</description>
  </item>
  <item>
    <title>A title and nothing else</title>
    <link>https://www.example.org/news/empty</link>
  </item>
  <item>
    <guid isPermaLink="false">urn:example:4</guid>
    <description>Plain text without a link or a title.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title><id>urn:example:feed</id><updated>2021-06-16T00:00:00Z</updated>
  <entry>
    <title type="html">Biden &lt;i&gt;and&lt;/i&gt; Putin Meet</title>
    <id>urn:example:1</id>
    <link rel="alternate" href="https://example.org/atom/1"/>
    <link rel="enclosure" href="https://example.org/atom/1.mp3"/>
    <published>2021-06-16T12:00:00+02:00</published><updated>2021-06-17T00:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The United States supports arms control.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title><id>urn:example:2</id><updated>2021-06-18T00:00:00Z</updated>
    <summary>Russia opposes the expansion of NATO.</summary>
  </entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/rdf"><title>RDF</title><link>https://example.org/</link><description>d</description></channel>
  <item rdf:about="https://example.org/rdf/1"><title>RDF item</title><link>https://example.org/rdf/1</link>
    <description>Japan supports the Quad.</description><dc:date>2019-03-01T08:00:00Z</dc:date></item>
</rdf:RDF>`;

function read(xml: string | Buffer, source: FeedSource = SOURCE): InputItem[] {
  return feedItems(Buffer.from(xml), source);
}

function describeItem(item: InputItem): unknown {
  if (item.kind === 'document') return item.doc;
  return `${item.kind} ${item.origin}: ${item.message}`;
}

describe('feedItems', () => {
  test('RSS 2.0 with HTML in its items: one document per item, each broken item reported in place', () => {
    expect(read(RSS, { ...SOURCE, url: 'https://www.example.org/feed.xml' }).map(describeItem)).toEqual([
      {
        id: 'example-org/news/wang-yi-meets-lavrov',
        title: 'Wang Yi Meets Lavrov & Talks',
        date: '2020-09-11',
        url: 'https://www.example.org/news/wang-yi-meets-lavrov',
        origin: 'news.rss item 1',
        text: 'China supports the Belt and Road Initiative.\n\nRussia opposes unilateral sanctions & blockades.',
      },
      {
        id: 'example-org/news/summary',
        title: 'Only a summary, escaped',
        date: '2020-09-12',
        url: 'https://www.example.org/news/summary',
        origin: 'news.rss item 2',
        text: 'India welcomes the talks.\n\nA second paragraph.',
      },
      'error news.rss: item 3 ("A title and nothing else") has no text (no content and no summary); skipped',
      { id: 'news/urn-example-4', origin: 'news.rss item 4', text: 'Plain text without a link or a title.' },
    ]);
  });

  test('Atom: the alternate link, the published date, XHTML content or the summary', () => {
    expect(read(ATOM).map(describeItem)).toEqual([
      {
        id: 'example-org/atom/1',
        title: 'Biden and Putin Meet',
        date: '2021-06-16T12:00:00+02:00',
        url: 'https://example.org/atom/1',
        origin: 'news.rss item 1',
        text: 'The United States supports arms control.',
      },
      {
        id: 'news/urn-example-2',
        title: 'Summary only',
        date: '2021-06-18T00:00:00Z',
        origin: 'news.rss item 2',
        text: 'Russia opposes the expansion of NATO.',
      },
    ]);
  });

  test('RSS 1.0 (RDF) with Dublin Core dates', () => {
    expect(read(RDF).map(describeItem)).toEqual([
      {
        id: 'example-org/rdf/1',
        title: 'RDF item',
        date: '2019-03-01T08:00:00Z',
        url: 'https://example.org/rdf/1',
        origin: 'news.rss item 1',
        text: 'Japan supports the Quad.',
      },
    ]);
  });

  test('each item counts its share of the feed in progress', () => {
    const items = read(ATOM);
    expect(
      items.reduce((sum, item) => sum + (item.kind === 'skipped' ? 0 : item.bytes), 0),
    ).toBeLessThanOrEqual(Buffer.byteLength(ATOM));
  });

  // prettier-ignore
  test.each([
    ['an empty file', '', /is empty/],
    ['a web page', '<!doctype html><html><body><p>Hello</p></body></html>', /is not an RSS or Atom feed/],
    ['a feed without items', '<rss version="2.0"><channel><title>T</title></channel></rss>', /is a feed without items/],
    ['a feed cut short', '<rss version="2.0"><channel><item><title>T</ti', /is not (?:a well-formed feed|an RSS or Atom feed)/],
    ['binary data', Buffer.from([0x3c, 0x00, 0x01]), /looks binary/],
  ])('reports %s', (_name, xml, message) => {
    const items = read(xml);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'error', origin: 'news.rss' });
    expect(items[0]?.kind === 'error' ? items[0].message : '').toMatch(message);
  });
});
