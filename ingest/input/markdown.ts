// Markdown to the plain text that extraction reads: markup goes, prose stays, block structure is kept
// as blank-line-separated paragraphs. Line by line with bounded patterns, so the cost stays linear even
// on one huge line (general Markdown parsers build token streams far larger than the text).

/** Private-use stand-ins for backslash-escaped characters, so that `\*` never reads as emphasis. */
const ESCAPE_BASE = 0xe000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE_OR_UNDERLINE = /^ {0,3}(?:=+|(?:[-*_][ \t]*){3,})$/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]{1,500}\]:[ \t]/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCKQUOTE = /^ {0,3}(?:>[ \t]?)+/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

// Emphasis marks are dropped where they open or close a word (flanking), without pairing them up:
// pairing needs a search ahead from every mark, and prose loses nothing when a stray mark goes too.
// No pattern can scan past the character that starts another match, so the cost stays linear.
const MARK = String.raw`(?:\*{1,3}|_{1,3}|~~)`;
const INLINE: [RegExp, string][] = [
  [/<!--.{0,300}?-->/g, ''],
  [/!?\[([^[\]\n]{0,300})\]\([^()\n]{0,1000}\)/g, '$1'],
  [/\[([^[\]\n]{1,300})\]\[[^[\]\n]{0,300}\]/g, '$1'],
  [/<((?:https?|mailto):[^<>\s]{1,1000})>/g, '$1'],
  [/<\/?[a-zA-Z][^<>\n]{0,300}>/g, ''],
  [/(`+)([^`\n]{1,300}?)\1/g, '$2'],
  [new RegExp(String.raw`(^|[\s(\["'])${MARK}(?=[^\s*_~])`, 'g'), '$1'],
  [new RegExp(String.raw`([^\s*_~])${MARK}(?=$|[\s)\]"'.,;:!?])`, 'g'), '$1'],
];

export interface FrontMatter {
  fields: Record<string, string>;
  /** The text after the front matter. */
  rest: string;
}

/** Splits a YAML front matter block (`---` ... `---` at the very top) into its `key: value` fields. */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^---[ \t]*\n([\s\S]{0,65536}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { fields: {}, rest: text };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/.exec(line);
    if (field?.[1] && field[2]) fields[field[1].toLowerCase()] = unquote(field[2].trim());
  }
  return { fields, rest: text.slice(match[0].length) };
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The prose of a Markdown text: headings, list items and quotes become plain paragraphs or lines. */
export function stripMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let inComment = false;
  for (const raw of markdown.split('\n')) {
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      inComment = !raw.includes('-->');
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen?.[1]) {
      fence = fenceOpen[1];
      out.push('');
      continue;
    }
    if (raw.includes('<!--') && !raw.includes('-->', raw.indexOf('<!--'))) {
      inComment = true;
      out.push(inline(raw.slice(0, raw.indexOf('<!--'))));
      continue;
    }
    if (RULE_OR_UNDERLINE.test(raw) || REFERENCE_DEFINITION.test(raw) || TABLE_SEPARATOR.test(raw)) {
      out.push('');
      continue;
    }
    if (ATX_HEADING.test(raw)) {
      out.push('', inline(raw.replace(ATX_HEADING, '').replace(/[ \t]+#+[ \t]*$/, '')), '');
      continue;
    }
    let line = raw.replace(BLOCKQUOTE, '').replace(LIST_ITEM, '');
    if (line.trimStart().startsWith('|')) line = line.trim().replace(/^\|/, '').replace(/\|$/, '').trim();
    out.push(inline(line));
  }
  return out
    .join('\n')
    .replace(/\n(?:[ \t]*\n){2,}/g, '\n\n')
    .trim();
}

function inline(line: string): string {
  let text = protectEscapes(line);
  for (const [pattern, replacement] of INLINE) text = text.replace(pattern, replacement);
  return restoreEscapes(text);
}

function protectEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) =>
    String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0)),
  );
}

function restoreEscapes(text: string): string {
  return text.replace(/[\ue021-\ue07e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE));
}
