// Who "we" are in a document: the signatories of a joint statement ("We, the leaders of A, B and C";
// "Joint Statement of the Leaders of A, B and C"; "U.S.-China Joint Statement") or the author of a
// statement ("Statement by President Biden on ...").
import { coordinatedGroups } from './groups.ts';
import type { Mention } from './mention.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';

const ACTOR_KINDS = new Set(['Person', 'Country', 'Organization']);

/** Authors named by a title. */
export function authorsFromTitle(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  registry: Registry,
): string[] {
  const words = tokens.map((t) => t.lower);
  const joint = words.includes('joint') || words.includes('leaders') || words.includes('governments');
  if (joint) return largest(tokens, mentions, registry);
  const by = words.findIndex(
    (w, k) =>
      (w === 'by' || w === 'from') && /^(statement|remarks|message|letter|op-ed)$/.test(words[k - 1] ?? ''),
  );
  const author = mentions.find((m) => by >= 0 && m.start > by && m.start <= by + 3);
  return author ? actors(author.ids, registry) : [];
}

/** Authors named in an opening sentence: "We, the Heads of Government of India, Israel, ... ," */
export function authorsFromOpening(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  registry: Registry,
): string[] {
  const we = tokens.findIndex((t, k) => t.lower === 'we' && tokens[k + 1]?.text === ',');
  if (we < 0) return [];
  const of = tokens.findIndex((t, k) => k > we && t.lower === 'of');
  if (of < 0 || of > we + 8) return [];
  const after = mentions.filter((m) => m.start > of);
  const group = coordinatedGroups(tokens, after)[0] ?? [];
  return actors(
    group.flatMap((m) => m.ids),
    registry,
  );
}

function largest(tokens: readonly Token[], mentions: readonly Mention[], registry: Registry): string[] {
  let best: string[] = [];
  for (const group of coordinatedGroups(tokens, hyphenJoined(tokens, mentions))) {
    const ids = actors(
      group.flatMap((m) => m.ids),
      registry,
    );
    if (ids.length > best.length) best = ids;
  }
  return best;
}

/** "U.S.-China" names two actors: treat the hyphen as "and". */
function hyphenJoined(tokens: readonly Token[], mentions: readonly Mention[]): Mention[] {
  const result: Mention[] = [];
  for (const m of mentions) {
    const prev = result[result.length - 1];
    if (prev && m.start === prev.end + 1 && tokens[prev.end]?.text === '-') {
      result[result.length - 1] = { ...prev, end: m.end, ids: [...prev.ids, ...m.ids] };
    } else result.push(m);
  }
  return result;
}

function actors(ids: readonly string[], registry: Registry): string[] {
  return [...new Set(ids.filter((id) => ACTOR_KINDS.has(registry.entities.get(id)?.kind ?? '')))];
}
