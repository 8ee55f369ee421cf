// CAMEO event codes to the relations of the annotation guidelines, by family (the table of
// ../shared/resources/README.md): what a verb coded so says about its subject's position on its object.
import type { Stance } from '../../model.ts';

/** A stance, `none` (statements, meetings, yielding), or `reversed` when the subject is acted on. */
export type CodeRelation = Stance | 'none' | 'reversed';
export type CueRelation = Stance;

/** First three digits of a code to its relation. */
const FAMILIES: readonly [RegExp, CodeRelation][] = [
  [/^(019|05[0-4]|03[0-5]|037|057|06\d|07\d)$/, 'SUPPORTS'],
  [/^(02\d|014|036|039|10\d)$/, 'PROPOSES'],
  [/^(11[0-6]|12\d|016|1[3-9]\d|20\d)$/, 'OPPOSES'],
];

/**
 * The relation of a code as the dictionary writes it: "050", "0312", "042:043" (subject to object first),
 * ":173" (only the object acts: the subject is the one acted on). `undefined` for "---" (no code).
 */
export function relationOf(code: string): CodeRelation | undefined {
  const trimmed = code.trim();
  if (trimmed === '' || trimmed === '---') return undefined;
  const [forward = ''] = trimmed.split(':');
  if (forward.trim() === '') return 'reversed';
  const family = forward.trim().slice(0, 3);
  if (!/^\d{3}$/.test(family)) return undefined;
  for (const [pattern, relation] of FAMILIES) if (pattern.test(family)) return relation;
  return 'none';
}
