// Known names that end or open a longer name: an acronym defines the name a known one ends ("Recording
// Industry Association of America (RIAA)"), a known body or place opens the name of an initiative ("the
// United Nations Security Council resolution 2259", "APEC Host Year").
import type { KnownEntity } from '../knowledge/types.ts';
import type { EntityKind } from '../model.ts';
import { mention, type Mention } from './mention.ts';
import { headKind, HEADS, isCapitalised, joinsWords, spanText, standsFor } from './names.ts';
import type { Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

/** Longest name an acronym defines, in tokens: "Islamic Revolutionary Guard Corps of the ...". */
const MAX_DEFINED_WORDS = 8;

export class LongerNames {
  constructor(
    private readonly registry: Registry,
    private readonly lookups: SentenceLookups,
  ) {}

  /**
   * An acronym after a known name that it does not stand for defines the longer name the known one ends:
   * "Recording Industry Association of America (RIAA)", "conflict-related sexual violence (CRSV)".
   */
  definedBefore(
    tokens: readonly Token[],
    i: number,
    acronym: { text: string; end: number },
    kind: EntityKind,
  ): Mention | undefined {
    const end = acronym.end - 3;
    for (let start = i - 1; start >= Math.max(0, i - MAX_DEFINED_WORDS); start--) {
      const t = tokens[start];
      if (!t || /^[^\p{L}-]/u.test(t.text)) break;
      const span = tokens.slice(start, end);
      if (!standsFor(acronym.text, span)) continue;
      const label = spanText(span);
      const entity =
        this.registry.byNameKey(label) ??
        this.registry.addNamed(
          label,
          headKind(span) ?? (kind === 'Concept' ? 'Concept' : 'Organization'),
          label,
        );
      this.registry.alias(entity.id, acronym.text);
      return mention(start, acronym.end, [entity.id]);
    }
    return undefined;
  }

  /**
   * A known body or place that opens the name of something else: "the United Nations Security Council
   * resolution 2259", "APEC Host Year", "Eastern Mediterranean Bill". The name needs a capitalised head or
   * a number after a lower-case one; "a Security Council resolution" is a description, left to the targets.
   */
  namedAfter(tokens: readonly Token[], i: number, end: number, known: KnownEntity): Mention | undefined {
    // "EU-Japan Economic Partnership Agreement" starts before: the unknown name takes it all in.
    if (known.kind === 'Person' || joinsWords(tokens, i - 1)) return undefined;
    let k = end;
    // "APEC Host Year": capitalised words after the name; a verb in lower case ends it ("suspended").
    if (isCapitalised(tokens[end]))
      while (k < end + 3 && isCapitalised(tokens[k + 1]) && !this.lookups.name(k + 1)) k++;
    const head = tokens[k];
    if (!head || HEADS.get(head.lower) !== 'Initiative') return undefined;
    const number = tokens[k + 1]?.pos === 'NUM' && /\d/.test(tokens[k + 1]?.text ?? '');
    if (!isCapitalised(head) && !number) return undefined;
    const last = number ? k + 2 : k + 1;
    const start = tokens[i]?.lower === 'the' ? i + 1 : i;
    const label = spanText(tokens.slice(start, last));
    this.registry.addKnown(known, spanText(tokens.slice(start, end)));
    const entity = this.registry.byNameKey(label) ?? this.registry.addNamed(label, 'Initiative', label);
    return mention(i, last, [entity.id]);
  }
}
