import { describe, expect, test } from 'vitest';
import { fetchedFormat, sniffFormat } from './sniff.ts';

const bytes = (text: string): Buffer => Buffer.from(text);

describe('sniffFormat', () => {
  // prettier-ignore
  test.each([
    ['a PDF', '%PDF-1.7\n...', 'pdf'],
    ['RSS after a declaration and a comment', '<?xml version="1.0"?>\n<!-- feed -->\n<rss version="2.0">', 'feed'],
    ['Atom', '\ufeff<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="...">', 'feed'],
    ['an HTML page', '  <!DOCTYPE html>\n<html lang="en">', 'html'],
    ['a page without a doctype', '<html><body>', 'html'],
    ['a page that starts with its head', '<head><title>x</title>', 'html'],
    ['XHTML', '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>', 'html'],
    ['JSON lines', '\n {"id": "a"', 'jsonl'],
    ['plain text', 'Readout of a Call\n\nPresident Biden spoke', undefined],
    ['other XML', '<?xml version="1.0"?><svg>', undefined],
  ])('%s', (_name, head, expected) => {
    expect(sniffFormat(bytes(head))).toBe(expected);
  });
});

describe('fetchedFormat', () => {
  // prettier-ignore
  test.each([
    ['a page', 'text/html; charset=utf-8', 'https://x.org/a', '<p>', 'html'],
    ['a feed', 'application/atom+xml', 'https://x.org/a', '<feed>', 'feed'],
    ['a PDF', 'application/pdf', 'https://x.org/a', '%PDF-', 'pdf'],
    ['TSV', 'text/tab-separated-values', 'https://x.org/a', 'a\tb', 'tsv'],
    ['a feed sent as plain text', 'text/plain', 'https://x.org/a', '<rss>', 'feed'],
    ['plain text', 'text/plain', 'https://x.org/a', 'Hello.', 'text'],
    ['untyped, told by the address', undefined, 'https://x.org/export.csv?x=1', 'a,b', 'csv'],
    ['untyped, told by the bytes', 'application/octet-stream', 'https://x.org/download', '%PDF-1.4', 'pdf'],
    ['untyped and unknown: text', undefined, 'https://x.org/download', 'Hello.', 'text'],
    ['a feed under an unregistered type', 'application/x-rss+xml', 'https://x.org/a', '<rss>', 'feed'],
    ['XHTML under an XML type', 'application/vnd.example+xml', 'https://x.org/a', '<html>', 'html'],
    ['an image', 'image/png', 'https://x.org/a.png', '\x89PNG', undefined],
    ['JSON that is no feed', 'application/json', 'https://x.org/a', '{}', undefined],
  ])('%s', (_name, type, url, head, expected) => {
    expect(fetchedFormat(type, url, bytes(head))).toBe(expected);
  });
});
