import { describe, expect, test } from 'vitest';
import { fragmentText } from './html-text.ts';

describe('fragmentText', () => {
  // prettier-ignore
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline markup and white space', '<p>China   <b>supports</b>\n the <a href="x">BRI</a>.</p>', 'China supports the BRI.'],
    ['a line break stays inside its paragraph', '<p>Line one.<br>Line two.</p>', 'Line one.\nLine two.'],
    ['list items and headings are paragraphs', '<h2>Talks</h2><ul><li>One</li><li>Two</li></ul>', 'Talks\n\nOne\n\nTwo'],
    ['text around a block', 'Before <div>inside</div> after', 'Before\n\ninside\n\nafter'],
    ['scripts, styles and comments are no text', '<p>A<script>x()</script><style>p{}</style><!-- c -->B</p>', 'AB'],
    ['preformatted text keeps its line breaks', '<pre>a  b\nc</pre>', 'a b\nc'],
    ['entities', '<p>Russia &amp; China&nbsp;meet &lt;today&gt;</p>', 'Russia & China meet <today>'],
    ['table cells', '<table><tr><td>Russia</td><td>opposes</td></tr></table>', 'Russia\n\nopposes'],
    ['nothing but markup', '<div><img src="x.png"></div>', ''],
  ])('%s', (_name, html, expected) => {
    expect(fragmentText(html)).toBe(expected);
  });
});
