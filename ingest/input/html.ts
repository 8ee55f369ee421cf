// A web page (a saved `.html` file or a fetched page) to one document: the article's main text as
// Mozilla's Readability (Firefox's Reader View) finds it, without menus, footers, scripts or comments, over
// a DOM built by linkedom (light, no browser); title from Readability, date and address from the page.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import type { SourceDocument } from '../model.ts';
import { decodeMarkup } from './charset.ts';
import { pageMeta } from './html-meta.ts';
import { blockText } from './html-text.ts';
import type { InputItem } from './types.ts';

/**
 * Below this many characters Readability tries again with its filters loosened and keeps the longest
 * result, which for a short statement takes in the page's headers (500 by default, made for deciding
 * whether to offer Reader View; at 100, 400 of 400 benchmark pages give exactly their article, 378 at 500).
 */
const CHAR_THRESHOLD = 100;

export interface PageSource {
  origin: string;
  id: string;
  /** The address the page was fetched from (after redirects): the base of relative links. */
  url?: string;
  /** The charset the server declared in its Content-Type. */
  charset?: string;
}

/** Reads the article of a page, or says why it has none. */
export function htmlDocument(bytes: Uint8Array, source: PageSource): InputItem {
  const error = (message: string): InputItem => ({
    kind: 'error',
    origin: source.origin,
    message,
    bytes: bytes.length,
  });
  const decoded = decodeMarkup(bytes, source.charset);
  if (!decoded.ok) return error(decoded.message);
  const { document } = parseHTML(wellFormed(decoded.text));
  const meta = pageMeta(document, source.url);
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability<Node>(document, {
      serializer: (node) => node,
      charThreshold: CHAR_THRESHOLD,
    }).parse();
  } catch (e) {
    return error(`cannot be read as a web page (${(e as Error).message})`);
  }
  const text = article?.content ? blockText(article.content) : '';
  if (text === '') return error('has no article text that Readability could find (only markup or menus?)');
  const title = article?.title?.replace(/\s+/g, ' ').trim();
  const url = meta.url ?? source.url;
  const doc: SourceDocument = {
    id: source.id,
    ...(title && { title }),
    ...(meta.date !== undefined && { date: meta.date }),
    ...(url !== undefined && { url }),
    origin: source.origin,
    text,
  };
  return { kind: 'document', doc, bytes: bytes.length };
}

/**
 * linkedom builds the tree the tags spell out, without the `<html>`, `<head>` and `<body>` that HTML lets
 * a page leave implied (it would drop all but the first element): such a page gets them from parse5, the
 * HTML standard's parsing algorithm. Pages that have them, as every saved page does, go straight through.
 */
function wellFormed(html: string): string {
  return /<html[\s>]/i.test(html) && /<body[\s>]/i.test(html) ? html : serialize(parse(html));
}
