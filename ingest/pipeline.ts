// Text to claims: the ordered, pure steps of extraction. No I/O, no clock, no randomness. Sentences
// stream through the steps one at a time, so a document of any size needs memory for its entities and
// claims only.
import { hash } from 'node:crypto';
import { loadKnowledge } from './knowledge/index.ts';
import type { KnowledgeBase } from './knowledge/types.ts';
import type { Claim, DocumentGraph, Entity, Evidence, Link, SourceDocument } from './model.ts';
import { ActMemory } from './extract/act-memory.ts';
import { attribute, Attributor, type Attribution } from './extract/attribution.ts';
import { authorsFromOpening, authorsFromTitle } from './extract/authors.ts';
import { SentenceReading } from './extract/context.ts';
import { Discourse } from './extract/discourse.ts';
import { meetingIn } from './extract/meetings.ts';
import { facts } from './extract/links.ts';
import type { Mention } from './extract/mention.ts';
import { MentionFinder } from './extract/mentions.ts';
import { Registry } from './extract/registry.ts';
import { sentences, type Sentence } from './extract/sentences.ts';
import { positions, type Position } from './extract/stance.ts';
import { Turns } from './extract/turns.ts';

/** Words of a title that names its authors: "Joint Statement of the Leaders of ...", "Statement by ...". */
const AUTHOR_TITLE = /\b(joint|leaders|governments|statement|remarks|message|letter|op-ed)\b/i;

/** Kinds of what positions are about; actors stay whenever the text names them, even in passing ("Indian"). */
const ISSUE_KINDS = new Set(['Concept', 'Initiative']);

/** Sentences near the top where "We, the leaders of ..." names the authors. */
const OPENING = 3;

/**
 * Content hash: the same statement in the same place always gets the same id. The one-shot hash gives
 * the digest of createHash without a Hash object per claim and link.
 */
export function contentId(...parts: (string | number)[]): string {
  return hash('sha1', parts.join('\u0000'), 'base64url').slice(0, 22);
}

/** Extracts entities, claims and links from one document. */
export function extractDocument(doc: SourceDocument, kb: KnowledgeBase = loadKnowledge()): DocumentGraph {
  const { text, ...document } = doc;
  const registry = new Registry(doc.date);
  const finder = new MentionFinder(kb, registry);
  const authors = titleAuthors(doc, finder, registry);
  const discourse = new Discourse(registry, authors);
  const acts = new ActMemory();
  const turns = new Turns();
  const attributor = new Attributor(registry);
  const claims = new Map<string, Claim>();
  const links = new Map<string, Link>();
  const firstSeen = new Map<string, Evidence>();
  let sentenceCount = 0;
  let wordCount = 0;
  const read = (sentence: Sentence, mentions: Mention[], attribution: Attribution): Position[] =>
    positions(
      new SentenceReading(sentence.tokens, mentions, attribution, discourse.authors, registry, kb, acts),
    );
  // A headline given apart from the text names what the text refers back to ("Trump announces troop
  // withdrawal from Syria" ... "opposed the withdrawal"): it is read first, for its entities and acts; its
  // claims are left to the text, where each has a sentence to quote.
  const headline = headlineOf(doc);
  const headlineIds = new Set<string>();
  if (headline !== undefined) {
    for (const sentence of sentences(headline)) {
      const mentions = finder.find(sentence.tokens);
      const attribution = attribute(sentence.tokens, mentions);
      discourse.resolve(sentence.tokens, mentions, attribution.speaker);
      for (const m of mentions) for (const id of m.ids) headlineIds.add(id);
      read(sentence, mentions, attribution);
      discourse.update(sentence.tokens, mentions, attribution.speaker, meetingIn(sentence.tokens, mentions));
    }
  }

  for (const sentence of sentences(text)) {
    sentenceCount++;
    acts.advance();
    wordCount += sentence.tokens.length;
    const evidence = evidenceOf(doc.id, sentence);
    const mentions = finder.find(sentence.tokens);
    if (sentence.index < OPENING && discourse.authors.length === 0) {
      const opening = authorsFromOpening(sentence.tokens, mentions, registry);
      if (opening.length > 0) discourse.authors = opening;
    }
    const attribution = attributor.attribute(sentence.tokens, mentions);
    discourse.resolve(sentence.tokens, mentions, attribution.speaker);
    for (const m of mentions) for (const id of m.ids) if (!firstSeen.has(id)) firstSeen.set(id, evidence);

    const speaker = attribution.speaker?.ids[0];
    const stated = turns.isPress(sentence, text) ? [] : read(sentence, mentions, attribution);
    for (const p of stated) {
      const id = contentId(doc.id, sentence.index, p.source, p.relation, p.target);
      claims.set(id, { id, ...p, speaker: speaker ?? p.source, evidence });
    }
    // Who met whom: both the links and the discourse state (the pair "they" may stand for) need it.
    const meeting = meetingIn(sentence.tokens, mentions);
    for (const f of facts(sentence.tokens, mentions, registry, meeting)) {
      const id = contentId(doc.id, f.source, f.relation, f.target);
      if (!links.has(id)) links.set(id, { id, ...f, evidence });
    }
    discourse.update(sentence.tokens, mentions, attribution.speaker, meeting);
  }

  for (const link of representations(doc.id, registry, firstSeen)) links.set(link.id, link);
  // An issue exists only when a mention, a claim or a link needs it: what a position would have been
  // about ("draft agency policy to the Director"), in a sentence that stated none, is no node.
  const needed = new Set([...firstSeen.keys(), ...headlineIds]);
  for (const { source, target } of [...claims.values(), ...links.values()]) needed.add(source).add(target);
  const entities: Entity[] = [];
  const mentionCounts: Record<string, number> = {};
  for (const { count, ...entity } of registry.entities.values()) {
    if (ISSUE_KINDS.has(entity.kind) && !needed.has(entity.id)) continue;
    entities.push(entity);
    if (count > 0) mentionCounts[entity.id] = count;
  }
  return {
    document,
    sentenceCount,
    wordCount,
    entities,
    mentions: mentionCounts,
    claims: [...claims.values()],
    links: [...links.values()],
  };
}

/** Whom each person mentioned speaks for, with the sentence that first mentions the person. */
function* representations(
  documentId: string,
  registry: Registry,
  firstSeen: ReadonlyMap<string, Evidence>,
): Generator<Link> {
  for (const entity of registry.entities.values()) {
    const evidence = firstSeen.get(entity.id);
    if (entity.kind !== 'Person' || !entity.represents || !evidence) continue;
    if (!registry.entities.has(entity.represents)) continue;
    const id = contentId(documentId, entity.id, 'REPRESENTS', entity.represents);
    yield {
      id,
      source: entity.id,
      relation: 'REPRESENTS',
      target: entity.represents,
      role: entity.role,
      evidence,
    };
  }
}

/** The title when it is given apart from the text (not its first line): then it is read on its own. */
export function headlineOf(doc: SourceDocument): string | undefined {
  return doc.title !== undefined && !doc.text.startsWith(doc.title) ? doc.title : undefined;
}

function evidenceOf(documentId: string, sentence: Sentence): Evidence {
  return {
    documentId,
    sentenceIndex: sentence.index,
    sentence: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
}

/** Authors named by the title, whether the title is the first line of the text or given apart from it. */
function titleAuthors(doc: SourceDocument, finder: MentionFinder, registry: Registry): string[] {
  const title = doc.title ?? firstLine(doc.text);
  // Only titles that can name authors are worth a pass of the tokenizer.
  if (!title || !AUTHOR_TITLE.test(title)) return [];
  for (const sentence of sentences(title)) {
    return authorsFromTitle(sentence.tokens, finder.find(sentence.tokens), registry);
  }
  return [];
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).trim();
}
