// An RSS (0.9x, 1.0/RDF, 2.0) or Atom feed to one document per item, parsed by feedsmith: the item's
// title, date and link, and its text from the full content when the feed carries it, else the summary.
// Items carry HTML as often as text; either way the text comes out as plain paragraphs.
import { parseFeed } from 'feedsmith';
import type { SourceDocument } from '../model.ts';
import { decodeMarkup } from './charset.ts';
import { normalizeDate } from './date.ts';
import { httpUrl } from './html-meta.ts';
import { fragmentText } from './html-text.ts';
import { slugify, urlDocumentId } from './id.ts';
import type { InputItem } from './types.ts';

export interface FeedSource {
  origin: string;
  /** The feed's own id: items without a link get ids under it. */
  id: string;
  /** The address the feed was fetched from: the base of relative item links. */
  url?: string;
  charset?: string;
}

/** One item as every feed format can say it. */
interface FeedEntry {
  title?: string;
  link?: string;
  guid?: string;
  date?: string;
  /** The full content, else the summary: HTML or plain text. */
  body?: string;
}

/** The documents of a feed, and an error for each item that has no text. */
export function feedItems(bytes: Uint8Array, source: FeedSource): InputItem[] {
  const error = (message: string, size = bytes.length): InputItem => ({
    kind: 'error',
    origin: source.origin,
    message,
    bytes: size,
  });
  const decoded = decodeMarkup(bytes, source.charset);
  if (!decoded.ok) return [error(decoded.message)];
  let entries: FeedEntry[];
  try {
    entries = feedEntries(decoded.text);
  } catch (e) {
    const { name, message } = e as Error;
    if (name === 'DetectError') return [error('is not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF>)')];
    return [error(`is not a well-formed feed (${message})`)];
  }
  if (entries.length === 0) return [error('is a feed without items; nothing to read')];
  // Progress counts the feed's bytes once, spread over its items.
  const share = Math.floor(bytes.length / entries.length);
  return entries.map((entry, i) => {
    const number = i + 1;
    const text = entry.body === undefined ? '' : markupText(entry.body);
    const title = entry.title === undefined ? '' : markupText(entry.title).replace(/\s+/g, ' ');
    if (text === '') {
      const named = title === '' ? '' : ` (${JSON.stringify(title)})`;
      return error(`item ${number}${named} has no text (no content and no summary); skipped`, share);
    }
    const url = httpUrl(entry.link?.trim(), source.url);
    const date = entry.date === undefined ? undefined : normalizeDate(entry.date);
    const doc: SourceDocument = {
      id: itemId(entry, url, source.id, number),
      ...(title !== '' && { title }),
      ...(date !== undefined && { date }),
      ...(url !== undefined && { url }),
      origin: `${source.origin} item ${number}`,
      text,
    };
    return { kind: 'document', doc, bytes: share };
  });
}

/** The item's own address names it (so a page met in two feeds, or fetched alone, is one document). */
function itemId(entry: FeedEntry, url: string | undefined, feedId: string, number: number): string {
  if (url !== undefined) return urlDocumentId(url);
  const guid = slugify(entry.guid ?? '');
  return guid === '' ? `${feedId}/item-${number}` : `${feedId}/${guid}`;
}

function feedEntries(xml: string): FeedEntry[] {
  const parsed = parseFeed(xml);
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        title: item.title,
        link: item.link,
        guid: item.guid?.value,
        date: item.pubDate ?? item.dc?.dates?.[0],
        body: item.content?.encoded ?? item.description,
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        title: item.title,
        link: item.link,
        guid: item.rdf?.about,
        date: item.dc?.dates?.[0],
        body: item.content?.encoded ?? item.description,
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => ({
        title: entry.title?.value,
        link: (entry.links?.find((link) => (link.rel ?? 'alternate') === 'alternate') ?? entry.links?.[0])
          ?.href,
        guid: entry.id,
        date: entry.published ?? entry.updated,
        body: entry.content?.value ?? entry.summary?.value,
      }));
    case 'json':
      // Only JSON input parses as a JSON Feed, and this reader is given XML.
      return [];
  }
}

/** Plain text of a value that may be HTML. */
function markupText(value: string): string {
  return /<[a-z!/]/i.test(value) ? fragmentText(value) : value.replace(/[ \t]+/g, ' ').trim();
}
