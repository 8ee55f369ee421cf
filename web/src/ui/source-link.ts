// Where a document came from, beside its title wherever the panel names it: the host of its address
// ("bidenwhitehouse.archives.gov ↗") as a link that opens the original in a new tab. Only http(s)
// addresses become links: a stored address is data, and `javascript:` must never run.
import { h } from '../dom.ts';

export function sourceLink(url: string | null | undefined): HTMLElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return null;
  }
  return h(
    'span',
    { class: 'source' },
    ' ',
    h(
      'a',
      { class: 'source-link', href: url, target: '_blank', rel: 'noopener noreferrer', title: url },
      `${host} ↗`,
    ),
  );
}
