// Structural facts said in a sentence: meetings ("X met with Y") and memberships ("X and Y, as members
// of Z"). REPRESENTS comes from titles and is read off the registry at the end of the document.
import type { LinkRelation } from '../model.ts';
import { coordinatedGroups } from './groups.ts';
import type { Meeting } from './meetings.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';

export interface Fact {
  source: string;
  relation: LinkRelation;
  target: string;
}

/** `meeting`: the sentence's meeting (discourse.meetingIn), which the discourse state needs too. */
export function facts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  registry: Registry,
  meeting: Meeting | undefined,
): Fact[] {
  const found: Fact[] = [];
  for (const partner of meeting?.partners ?? []) {
    for (const source of meeting?.first.ids ?? [])
      for (const target of partner.ids)
        if (source !== target) found.push({ source, relation: 'MEETS', target });
  }
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k + 1]?.lower !== 'of' || !lexicon.membership.has(tokens, k)) continue;
    const org = mentions.find((m) => m.start > k + 1 && m.start <= k + 4);
    // "China and Russia, as members of the SCO" or "As members of the SCO, China and Russia".
    const before = coordinatedGroups(
      tokens,
      mentions.filter((m) => m.end <= k),
    )[0];
    const after = org
      ? coordinatedGroups(
          tokens,
          mentions.filter((m) => m.start >= org.end),
        )[0]
      : undefined;
    const members = before ?? after ?? [];
    for (const target of org?.ids ?? []) {
      if (registry.entities.get(target)?.kind !== 'Organization') continue;
      for (const source of members.flatMap((m) => m.ids)) {
        if (registry.entities.get(source)?.kind === 'Country')
          found.push({ source, relation: 'MEMBER_OF', target });
      }
    }
  }
  return found;
}
