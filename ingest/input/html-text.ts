// The text of an HTML element as extraction wants it: one paragraph per block (p, li, h2, td, ...)
// separated by a blank line, `<br>` as a line break, white space collapsed as a browser shows it. Works
// on any DOM (linkedom's here), so that page articles and feed items give the same shape of text.
import { parseHTML } from 'linkedom';

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set(
  [
    'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
    'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
    'th', 'thead', 'tr', 'ul',
  ],
); // prettier-ignore
/** Elements whose content is never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Paragraphs of `root`'s text, joined by blank lines; empty when it holds no text. */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current.split('\n').map((line) => line.replace(/[ \t\f\r]+/g, ' ').trim());
    const paragraph = lines.filter(Boolean).join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      current += pre ? text : text.replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    // Sibling by sibling: linkedom builds `childNodes` anew on each access.
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      walk(child, pre || name === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of an HTML fragment (a feed item's content, a title with markup). */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body);
}
