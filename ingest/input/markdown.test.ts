import { describe, expect, test } from 'vitest';
import { splitFrontMatter, stripMarkdown } from './markdown.ts';

describe('stripMarkdown', () => {
  // prettier-ignore
  test.each([
    ['emphasis', 'China **firmly** *supports* ___it___ and ~~not~~ this', 'China firmly supports it and not this'],
    ['links and images', 'See [the BRI](https://x.y/z "t") and ![a map](m.png).', 'See the BRI and a map.'],
    ['reference links', 'The [SCO][1] met.\n\n[1]: https://sco.int', 'The SCO met.'],
    ['autolinks and tags', 'Read <https://a.b> or <b>this</b>.<br/>', 'Read https://a.b or this.'],
    ['inline code', 'Call `extract()` now', 'Call extract() now'],
    ['escapes are literal', String.raw`Opposes \*unilateralism\* and 5 \_ 3`, 'Opposes *unilateralism* and 5 _ 3'],
    ['stars in arithmetic stay', '5 * 3 * 2', '5 * 3 * 2'],
    ['underscores inside words stay', 'snake_case_name', 'snake_case_name'],
    ['ATX heading is its own paragraph', '# Wang Yi meets Lavrov #\nChina is ready.', 'Wang Yi meets Lavrov\n\nChina is ready.'],
    ['setext heading', 'Title\n=====\nBody.', 'Title\n\nBody.'],
    ['lists and quotes', '- one\n* [x] two\n3. three\n> quoted', 'one\ntwo\nthree\nquoted'],
    ['fenced code is dropped', 'Before.\n```js\nconst x = 1;\n```\nAfter.', 'Before.\n\nAfter.'],
    ['html comments are dropped', 'A <!-- note --> B\n<!-- multi\nline -->\nC', 'A  B\n\nC'],
    ['rules are dropped', 'A\n\n---\n\nB', 'A\n\nB'],
    ['tables keep their cells', '| a | b |\n|---|:-:|\n| c | d |', 'a | b\n\nc | d'],
    ['a stray emphasis mark goes too', '**not closed', 'not closed'],
    ['marks inside words stay', 'a*b*c and x~~y', 'a*b*c and x~~y'],
  ])('%s', (_name, markdown, expected) => {
    expect(stripMarkdown(markdown)).toBe(expected);
  });

  test('leaves a long line of unclosed brackets as it is', () => {
    const line = '[a (b <c d] '.repeat(200_000);
    const stripped = stripMarkdown(line);
    expect(stripped === line.trim()).toBe(true);
  });
});

describe('splitFrontMatter', () => {
  // prettier-ignore
  test.each([
    ['title and date', '---\ntitle: "A Title"\ndate: 2020-09-11\n---\nBody', { title: 'A Title', date: '2020-09-11' }, 'Body'],
    ['no front matter', 'Body\n---\n', {}, 'Body\n---\n'],
    ['unclosed block', '---\ntitle: x\nBody', {}, '---\ntitle: x\nBody'],
  ])('%s', (_name, text, fields, rest) => {
    expect(splitFrontMatter(text)).toEqual({ fields, rest });
  });
});
