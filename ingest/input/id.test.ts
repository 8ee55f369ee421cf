import { describe, expect, test } from 'vitest';
import { fileDocumentId, urlDocumentId } from './id.ts';

describe('fileDocumentId', () => {
  // prettier-ignore
  test.each([
    ['a/Wang Yi & Lavrov.txt', 'a/wang-yi-lavrov'],
    ['statement.pdf', 'statement'],
  ])('%s -> %s', (path, expected) => {
    expect(fileDocumentId(path)).toBe(expected);
  });
});

describe('urlDocumentId', () => {
  // prettier-ignore
  test.each([
    ['https://www.example.org/news/2022/01/Talks-In-Moscow/', 'example-org/news/2022/01/talks-in-moscow'],
    ['http://example.org/page?id=3&lang=en', 'example-org/page/id-3-lang-en'],
    ['https://example.org/', 'example-org'],
    ['http://127.0.0.1:8080/a.html', '127-0-0-1/a-html'],
    ['not a url', /^url-[0-9a-f]{16}$/],
  ])('%s -> %s', (url, expected) => {
    expect(urlDocumentId(url)).toMatch(expected);
  });
});
