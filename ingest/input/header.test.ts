import { describe, expect, test } from 'vitest';
import { splitHeader } from './header.ts';

describe('splitHeader', () => {
  // prettier-ignore
  test.each([
    ['title and date lines', 'Readout of a Call\n2021-01-26\n\nBody.', 'Readout of a Call', '2021-01-26', 'Body.'],
    ['title then blank line', 'Wang Yi Meets Lavrov\n\nChina is ready.', 'Wang Yi Meets Lavrov', undefined, 'China is ready.'],
    ['date first, then title', 'Date: 2020-09-11\nWang Yi Meets Lavrov\n\nBody.', 'Wang Yi Meets Lavrov', '2020-09-11', 'Body.'],
    ['date only', 'September 11, 2020\n\nChina is ready.', undefined, '2020-09-11', 'China is ready.'],
    ['title, blank, date', 'A Title\n\n11 September 2020\n\nBody.', 'A Title', '2020-09-11', 'Body.'],
    ['leading blank lines', '\n\n  A Title\n\nBody.', 'A Title', undefined, 'Body.'],
    ['first paragraph ends with a period', 'China is ready, Wang said.\n\nMore.', undefined, undefined, 'China is ready, Wang said.\n\nMore.'],
    ['hard-wrapped first line', 'President Biden spoke today with\nPresident Putin.', undefined, undefined, 'President Biden spoke today with\nPresident Putin.'],
    ['single line', 'China supports the BRI', undefined, undefined, 'China supports the BRI'],
    ['title with nothing after it', 'Only A Title\n\n', undefined, undefined, 'Only A Title\n\n'],
    ['a line too long for a title', `${'word '.repeat(100)}\n\nBody.`, undefined, undefined, `${'word '.repeat(100)}\n\nBody.`],
    ['date in the body stays', 'Title\n\nBody.\n\n2020-09-11', 'Title', undefined, 'Body.\n\n2020-09-11'],
  ])('%s', (_name, text, title, date, body) => {
    expect(splitHeader(text)).toEqual({ ...(title && { title }), ...(date && { date }), body });
  });
});
