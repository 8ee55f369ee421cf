// What a web page says about itself: when it was published (JSON-LD, `<meta>` tags, `<time>`) and its
// canonical address. Read before Readability runs, since Readability takes scripts and heads apart.
import { normalizeDate } from './date.ts';

/** `<meta>` names and properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'datepublished', 'og:published_time', 'dcterms.issued', 'dcterms.date',
  'dcterms.created', 'dc.date.issued', 'dc.date', 'citation_publication_date', 'citation_date',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'date',
]; // prettier-ignore
/** JSON-LD keys that carry a publication date, most specific first. */
const DATE_JSON_LD = ['datePublished', 'dateCreated'] as const;
/** `<time>` elements that date the article, most specific first. */
const DATE_TIME = [
  'time[itemprop~="datePublished"][datetime]',
  'time[pubdate][datetime]',
  'article time[datetime]',
  'main time[datetime]',
];

export interface PageMeta {
  /** ISO 8601 date (or timestamp) of publication. */
  date?: string;
  /** The page's canonical http(s) address, resolved against `baseUrl`. */
  url?: string;
}

/** The publication date and canonical URL of `document`, fetched from `baseUrl` when known. */
export function pageMeta(document: Document, baseUrl: string | undefined): PageMeta {
  const date = publicationDate(document);
  const url = canonicalUrl(document, baseUrl);
  return { ...(date !== undefined && { date }), ...(url !== undefined && { url }) };
}

function publicationDate(document: Document): string | undefined {
  for (const value of jsonLdDates(document)) {
    const date = normalizeDate(value);
    if (date !== undefined) return date;
  }
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    for (const key of ['property', 'name', 'itemprop']) {
      const name = element.getAttribute(key)?.trim().toLowerCase();
      if (name && !meta.has(name)) meta.set(name, element.getAttribute('content') ?? '');
    }
  }
  for (const name of DATE_META) {
    const date = normalizeDate(meta.get(name) ?? '');
    if (date !== undefined) return date;
  }
  for (const selector of DATE_TIME) {
    const date = normalizeDate(document.querySelector(selector)?.getAttribute('datetime') ?? '');
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Date values of every JSON-LD block, in the order of DATE_JSON_LD, then of the page. */
function jsonLdDates(document: Document): string[] {
  const found: Record<(typeof DATE_JSON_LD)[number], string[]> = { datePublished: [], dateCreated: [] };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      for (const key of DATE_JSON_LD) if (typeof record[key] === 'string') found[key].push(record[key]);
      if ('@graph' in record) visit(record['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent));
    } catch {
      // Broken JSON-LD is common on the web and says nothing about the article: the page is still read.
    }
  }
  return DATE_JSON_LD.flatMap((key) => found[key]);
}

function canonicalUrl(document: Document, baseUrl: string | undefined): string | undefined {
  const candidates = [
    ...[...document.querySelectorAll('link[href]')]
      .filter((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((link) => link.getAttribute('href')),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const url = httpUrl(candidate?.trim(), baseUrl);
    if (url !== undefined) return url;
  }
  return undefined;
}

/** `href` as an absolute http(s) URL, or undefined when it is none. */
export function httpUrl(href: string | undefined, baseUrl?: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
