// CAMEO.2.0.txt (PETRARCH2's verb dictionary) to the stance lexicon: verb lemmas and verb patterns with
// the relation their CAMEO code means here. Rules of exclusion are in ingest/lexicon/README.md.
import { countDrop, type Drops } from './drops.ts';
import { relationOf, type CueRelation } from './cameo-codes.ts';

/** A verb or a verb pattern of the lexicon: "condemn", "impose sanction on", "call for". */
export interface VerbCue {
  /** Lower-case words, the verb's lemma first. */
  phrase: string;
  relation: CueRelation;
  /** The CAMEO code it came from, for provenance. */
  code: string;
}

export interface CameoLexicon {
  /** Bare verbs, by lemma. */
  verbs: VerbCue[];
  /** The verb followed by literal words. */
  patterns: VerbCue[];
  /** Irregular forms of a lemma ("seek": "sought"), for lemmatisers that miss them. */
  forms: Record<string, string[]>;
  drops: Drops;
}

/**
 * Light verbs: their political senses lie in what follows ("make a proposal", "take action against",
 * "give aid"), so the bare verb is no cue while its patterns are.
 */
export const GENERIC_VERBS = new Set(
  (
    'be have do make take get go give put set come bring keep hold run turn move send show carry ' +
    'let leave meet see find call say tell ask look use open close start begin end stop continue ' +
    'pass raise receive return play stand lead follow reach'
  ).split(' '),
);

/**
 * Blocks of physical events, accidents and states of things: their lemmas ("slam" under CRASH, "burn",
 * "erupt") are not political acts, so no bare lemma of these blocks is kept; their patterns may be.
 */
export const PHYSICAL_BLOCKS = new Set(
  (
    'ACCELERATE BURN COLLAPSE CRASH CRAWL CROSS DOCK DRAG DRIVE EMERGE EMPTY ERUPT FELL FLY HIDE HURL ' +
    'IMMIGRATE IMPLANT DECORATE SPILL SINK FLOOD FALL DIE ESCAPE RUN ARRIVE DEPART LAND'
  ).split(' '),
);

/**
 * Lemmas of those families whose everyday sense in news is mostly no position on anyone: feelings and
 * ceremony (regret, mourn, celebrate), movement and display (march, parade), ordinary actions and states
 * (hit, fire, pull, break, catch, surround, struggle, risk, differ), scheduling (delay, postpone, defer),
 * reporting (claim, argue, admit, reveal, express), and words mostly used as nouns (press, bid, campaign,
 * deal). The dictionary keeps them for rarer senses; their patterns are kept.
 */
export const NOT_STANCE_VERBS = new Set(
  (
    'regret lament mourn despair celebrate cheer commemorate march parade demonstrate disturb disappoint ' +
    'hit fire pull break catch circle surround struggle risk differ force hang hammer extract enforce ' +
    'dominate affect organise formalize haggle delay postpone defer claim argue admit reveal express ' +
    'press bid campaign deal push advise sentence secede fail decline engage remove'
  ).split(' '),
);

/**
 * Families whose bare verbs name a position: accord, appeals, diplomatic cooperation and praise, demands,
 * disapproval, rejection, threats, protests, reducing relations, coercion, assault, fighting. The bare verbs
 * of intents (03x), material cooperation (06x), aid (07x) and military posture (15x) are verbs of doing
 * ("fund", "add", "supply", "step up", "mobilize") whose political sense lies in their patterns ("pledge
 * aid", "provide troops"), which are kept.
 */
const BARE_FAMILIES = /^(01|02|05|1[0-46-9]|20)/;

const NOT_A_WORD = /[^a-z' -]/;
/** "kidnapped and killed", "is determined": inflected forms and coordinations, not lemmas. */
const NOT_A_LEMMA = /^(is|are|was) | and( |$)/;

/** Words of a dictionary token: "ASK_FOR" gives "ask for", "CASH_" gives "cash". */
function words(token: string): string {
  return token.replace(/^\+/, '').replace(/_+$/, '').replace(/_/g, ' ').toLowerCase().trim();
}

interface Block {
  header: string;
  code: string;
  lemmas: string[];
}

export function parseCameo(text: string): CameoLexicon {
  const drops: Drops = {};
  const synsets = new Map<string, string[]>();
  const verbs = new Map<string, VerbCue>();
  const patterns = new Map<string, VerbCue>();
  const forms: Record<string, string[]> = {};
  /** Lemmas that only inherit their block's code: WordNet synonyms no coder has looked at. */
  const inherited = new Set<string>();
  /** Lemmas some pattern was written for: coders met them in news. */
  const patterned = new Set<string>();
  let synset: string[] | undefined;
  let block: Block | undefined;
  let section: 'synonyms' | 'verbs' | 'other' = 'other';

  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('####')) {
      section = /SYNONYM/.test(raw) ? 'synonyms' : /VERB PATTERNS/.test(raw) ? 'verbs' : 'other';
      continue;
    }
    const [content = ''] = raw.split('#', 1);
    const line = content.trim();
    const comment = raw.slice(content.length + 1).trim();
    if (line === '' || section === 'other') continue;
    if (section === 'synonyms') {
      if (line.startsWith('&')) synsets.set(line.replace(/_$/, ''), (synset = []));
      else if (line.startsWith('+')) synset?.push(words(line));
      continue;
    }
    // One header has a stray "---" inside: "---  DELAY   [120]---  ---".
    const header = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(line);
    if (header) {
      block = { header: header[1] ?? '', code: header[2] ?? '---', lemmas: [] };
      continue;
    }
    if (!block) continue;
    if (line.startsWith('-')) {
      patterned.add(words(comment.split(/\s+/)[0] ?? ''));
      const dropped = addPattern(line.slice(1).trim(), comment, block, synsets, patterns, drops);
      if (dropped !== undefined) countDrop(drops, dropped);
      continue;
    }
    const dropped = addLemma(line, comment, block, inherited, verbs, forms);
    if (dropped !== undefined) countDrop(drops, dropped);
  }
  for (const lemma of inherited) {
    if (!patterned.has(lemma)) {
      verbs.delete(lemma);
      countDrop(
        drops,
        'verb: a synonym that only inherits its block code, with no pattern or note of a coder',
      );
    }
  }
  return {
    verbs: sorted(verbs),
    patterns: sorted(patterns),
    forms: Object.fromEntries(Object.entries(forms).sort(([a], [b]) => a.localeCompare(b))),
    drops,
  };
}

function addLemma(
  line: string,
  comment: string,
  block: Block,
  inherited: Set<string>,
  verbs: Map<string, VerbCue>,
  forms: Record<string, string[]>,
): string | undefined {
  const m = /^(\S+)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?/.exec(line);
  if (!m) return undefined;
  const lemma = words(m[1] ?? '');
  if (lemma === '' || NOT_A_WORD.test(lemma)) return 'verb: not a plain word';
  if (NOT_A_LEMMA.test(lemma)) return 'verb: an inflected form or a coordination';
  block.lemmas.push(lemma);
  // Only forms a lemmatiser cannot derive ("sought", "took part"): regular ones it finds itself.
  const irregular = (m[2] ?? '')
    .split(/\s+/)
    .filter((f) => f !== '')
    .map(words)
    .filter((form) => form !== lemma && !regularForm(form, lemma));
  if (irregular.length > 0) forms[lemma] = [...new Set(irregular)].sort();
  const own = m[3]?.trim();
  const code = own ?? block.code;
  const relation = relationOf(code);
  if (relation === undefined) return 'verb: no code of its own ([---] block)';
  if (relation === 'reversed') return 'verb: the subject is the one acted on ([:x])';
  if (relation === 'none') return 'verb: no stance (statement, meeting, yielding...)';
  if (PHYSICAL_BLOCKS.has(block.header)) return 'verb: physical or accidental event block';
  if (GENERIC_VERBS.has(lemma)) return 'verb: light verb (its patterns are kept)';
  if (!BARE_FAMILIES.test(codeOf(code))) {
    return 'verb: a verb of doing (intent, material cooperation, aid, posture): patterns only';
  }
  if (NOT_STANCE_VERBS.has(lemma)) return 'verb: no stance in its everyday sense';
  if (!verbs.has(lemma)) {
    verbs.set(lemma, { phrase: lemma, relation, code: codeOf(code) });
    if (own === undefined && lemma !== words(block.header) && comment === '') inherited.add(lemma);
  }
}

function addPattern(
  pattern: string,
  comment: string,
  block: Block,
  synsets: ReadonlyMap<string, string[]>,
  patterns: Map<string, VerbCue>,
  drops: Drops,
): string | undefined {
  const m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(pattern);
  if (!m) return 'pattern: no code';
  const body = m[1] ?? '';
  const code = m[2] ?? '';
  const relation = relationOf(code);
  if (relation === undefined || relation === 'none') return 'pattern: no stance';
  if (relation === 'reversed') return 'pattern: the subject is the one acted on';
  const tokens = body
    .replace(/[(){}]/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '');
  const star = tokens.indexOf('*');
  if (star !== 0) return 'pattern: words before the verb';
  let rest = tokens.slice(1);
  // A target marker at the very end only says that the object follows: "file claim against +".
  if (rest[rest.length - 1] === '+') rest = rest.slice(0, -1);
  if (rest.length === 0) return 'pattern: the verb alone';
  if (rest.some((t) => /^[+$^%]$/.test(t) || t.includes('$') || t.includes('%'))) {
    return 'pattern: source, target or skip inside it';
  }
  const named = words(comment.split(/\s+/)[0] ?? '');
  // A pattern written for a form the converter drops ("KILLED_AND") is no pattern of the block's verbs.
  if (named !== '' && NOT_A_LEMMA.test(named)) return 'pattern: written for no lemma';
  const lemma = block.lemmas.includes(named) ? named : block.lemmas[0];
  if (lemma === undefined) return 'pattern: no verb in its block';
  const expansions = expand(rest, synsets);
  if (expansions === undefined) return 'pattern: unknown or too large synonym set';
  for (const expansion of expansions) {
    const phrase = `${lemma} ${expansion}`;
    if (NOT_A_WORD.test(phrase)) {
      countDrop(drops, 'pattern: not plain words');
      continue;
    }
    if (!patterns.has(phrase)) patterns.set(phrase, { phrase, relation, code: codeOf(code) });
  }
}

/** "seeks", "seeking", "hurried", "stopped", "tries": inflections by rule of the lemma's first word. */
function regularForm(form: string, lemma: string): boolean {
  const [verb = '', ...rest] = lemma.split(' ');
  const [word = '', ...after] = form.split(' ');
  if (after.join(' ') !== rest.join(' ')) return false;
  const stem = verb.replace(/e$/, '');
  const y = verb.replace(/y$/, 'i');
  const doubled = verb + verb.slice(-1);
  return [
    `${verb}s`,
    `${verb}es`,
    `${y}es`,
    `${verb}ed`,
    `${verb}d`,
    `${y}ed`,
    `${doubled}ed`,
    `${verb}ing`,
    `${stem}ing`,
    `${doubled}ing`,
  ].includes(word);
}

/** At most this many phrases from one pattern: larger synonym sets are lists of things, not wordings. */
const MAX_EXPANSIONS = 40;

/** The literal words of a pattern with each `&SET` replaced by its members. */
function expand(tokens: readonly string[], synsets: ReadonlyMap<string, string[]>): string[] | undefined {
  let phrases = [''];
  for (const token of tokens) {
    const options = token.startsWith('&') ? synsets.get(token.replace(/_$/, '')) : [words(token)];
    if (!options || options.length === 0) return undefined;
    phrases = phrases.flatMap((p) => options.map((o) => (p === '' ? o : `${p} ${o}`)));
    if (phrases.length > MAX_EXPANSIONS) return undefined;
  }
  return phrases;
}

/** The code for the subject acting on the object: the first of a pair ("057:057"). */
function codeOf(code: string): string {
  return code.split(':')[0]?.trim() ?? code;
}

function sorted(map: ReadonlyMap<string, VerbCue>): VerbCue[] {
  return [...map.values()].sort((a, b) => a.phrase.localeCompare(b.phrase));
}
