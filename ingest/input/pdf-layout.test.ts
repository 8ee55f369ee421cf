import { describe, expect, test } from 'vitest';
import { documentText, joinLines, pageParagraphs, type TextRun } from './pdf-layout.ts';

const SIZE = 10;
/** A run of text whose glyphs are half an em wide, its baseline at `y` (y grows downwards). */
const run = (text: string, x: number, y: number, size = SIZE): TextRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});
/** Lines of a column: one run per line, 14 units apart, a blank line where the text has ''. */
const column = (lines: string[], x: number, top: number): TextRun[] =>
  lines.flatMap((text, i) => (text === '' ? [] : [run(text, x, top + i * 14)]));
/** Interleaves the runs of columns row by row, as a producer that draws across the page does. */
const rowByRow = (...columns: TextRun[][]): TextRun[] =>
  columns[0]?.flatMap((_, i) => columns.flatMap((c) => (c[i] ? [c[i]] : []))) ?? [];
const texts = (runs: TextRun[]): string[] => pageParagraphs(runs).map((p) => p.text);

describe('pageParagraphs', () => {
  test('one column: lines join into paragraphs, a blank line between them', () => {
    const runs = column(['China supports the', 'initiative.', '', 'Russia opposes it.'], 50, 100);
    expect(texts(runs)).toEqual(['China supports the initiative.', 'Russia opposes it.']);
  });

  test('two columns drawn row by row, under a title across both, read column by column', () => {
    const left = column(['Left one starts', 'and goes on.', '', 'Left two ends.'], 50, 100);
    const right = column(['Right one starts', 'and goes on.', '', 'Right two ends.'], 300, 100);
    const title = run('A Joint Statement Across Both Columns', 50, 70, 16);
    expect(texts([title, ...rowByRow(left, right)])).toEqual([
      'A Joint Statement Across Both Columns',
      'Left one starts and goes on.',
      'Left two ends.',
      'Right one starts and goes on.',
      'Right two ends.',
    ]);
  });

  test('a sentence cut at the foot of a column goes on at the top of the next', () => {
    const left = column(['The ministers said that', 'their countries'], 50, 100);
    const right = column(['support the plan.', 'They met again.'], 300, 100);
    expect(texts(rowByRow(left, right))).toEqual([
      'The ministers said that their countries support the plan. They met again.',
    ]);
  });

  test('a sentence cut at a full line goes on in the next column, even at a capital', () => {
    const left = column(['The ministers said that their', 'countries support the Shanghai'], 50, 100);
    const right = column(['Cooperation Organisation.', 'They met.'], 300, 100);
    expect(texts(rowByRow(left, right))).toEqual([
      'The ministers said that their countries support the Shanghai Cooperation Organisation. They met.',
    ]);
  });

  test('a heading in body type stays apart from the paragraph under it', () => {
    const runs = column(['Readout of the Call', '', 'President Biden spoke today.'], 50, 100);
    expect(texts(runs)).toEqual(['Readout of the Call', 'President Biden spoke today.']);
  });

  test('a footer across the page under two columns comes last', () => {
    const left = column(['Left column text.'], 50, 100);
    const right = column(['Right column text.'], 300, 100);
    const footer = run('Issued by the Ministry of Examples', 50, 400, 8);
    expect(texts([footer, ...rowByRow(left, right)])).toEqual([
      'Left column text.',
      'Right column text.',
      'Issued by the Ministry of Examples',
    ]);
  });

  // prettier-ignore
  test.each([
    ['an indented first line starts a paragraph', [run('First paragraph ends here', 50, 100), run('and here.', 50, 114), run('Second begins', 70, 128), run('and ends.', 50, 142)], ['First paragraph ends here and here.', 'Second begins and ends.']],
    ['a short line after a full stop ends a paragraph', [run('A long first line of the first paragraph', 50, 100), run('Short.', 50, 114), run('A long first line of the next paragraph', 50, 128)], ['A long first line of the first paragraph Short.', 'A long first line of the next paragraph']],
    ['words drawn one by one get their spaces', [run('China', 50, 100), run('supports', 80, 100), run('it.', 125, 100)], ['China supports it.']],
    ['runs that touch are one word', [run('Multi', 50, 100), run('lateral', 75, 100)], ['Multilateral']],
    ['white space alone is no text', [run('Text.', 50, 100), run('   ', 90, 100)], ['Text.']],
  ])('%s', (_name, runs, expected) => {
    expect(texts(runs)).toEqual(expected);
  });
});

describe('joinLines', () => {
  // prettier-ignore
  test.each([
    ['a space between lines', 'China', 'supports', 'China supports'],
    ['a hard hyphen stays, without a space', 'long-', 'term', 'long-term'],
    ['a hyphen before a capital is a dash of its own', 'Russia -', 'Ukraine', 'Russia - Ukraine'],
    ['a soft hyphen goes', 'inter\u00ad', 'national', 'international'],
  ])('%s', (_name, text, next, expected) => {
    expect(joinLines(text, next)).toBe(expected);
  });
});

describe('documentText', () => {
  const p = (text: string, size = SIZE) => ({ text, size, full: false });

  test('drops page numbers and running heads, and joins a sentence cut by a page break', () => {
    const pages = [
      [
        p('Ministry of Examples', 8),
        p('The talks began.'),
        p('The ministers said that their', SIZE),
        p('1', 8),
      ],
      [p('Ministry of Examples', 8), p('countries agree.'), p('Page 2 of 3', 8)],
      [p('Ministry of Examples', 8), p('The end.'), p('3', 8)],
    ];
    expect(documentText(pages)).toBe(
      'The talks began.\n\nThe ministers said that their countries agree.\n\nThe end.',
    );
  });

  test('keeps a heading that starts fewer than half of the pages', () => {
    const pages = [[p('Chapter 1'), p('A.')], [p('B.')], [p('Chapter 2'), p('C.')], [p('D.')], [p('E.')]];
    expect(documentText(pages)).toBe('Chapter 1\n\nA.\n\nB.\n\nChapter 2\n\nC.\n\nD.\n\nE.');
  });
});
