import { describe, expect, it } from 'vitest';
import { parseCameo } from './cameo.ts';

/** A dictionary of one synonym set and one block, as CAMEO.2.0.txt writes them. */
function dictionary(block: string): string {
  return [
    '####### SYNONYM SETS #######',
    '&FOOD',
    '+BREAD',
    '+RICE_',
    '####### VERB PATTERNS #######',
    block,
    '######## TRANSFORMATIONS ##########',
  ].join('\n');
}

const cues = (block: string) => {
  const { verbs, patterns } = parseCameo(dictionary(block));
  return [...verbs, ...patterns].map((v) => `${v.phrase}: ${v.relation} ${v.code}`);
};

// One line per case: the block, then the cues it gives.
describe('parseCameo', () => {
  it.each([
    ['a lemma takes its block code', '---  CONDEMN   [111]  ---\nCONDEMN', ['condemn: OPPOSES 111']],
    [
      'a lemma code wins over the block',
      '---  X   [111]  ---\nX\nPRAISE [051]',
      ['praise: SUPPORTS 051', 'x: OPPOSES 111'],
    ],
    ['appeals and demands propose', '---  DEMAND   [100]  ---\nDEMAND', ['demand: PROPOSES 100']],
    ['statements and meetings give no cue', '---  MEET   [040]  ---\nMEET', []],
    ['a [---] block codes no bare verb', '---  ASK   [---]  ---\nASK', []],
    [
      'a stray "---" in the header is read',
      '---  DELAY   [120]---  ---\nDELAY\nSTALL # OY',
      ['stall: OPPOSES 120'],
    ],
    [
      'a synonym only inheriting its code, with no pattern or note, is left out',
      '---  ACCLAIM   [051]  ---\nACCLAIM\nEXALT',
      ['acclaim: SUPPORTS 051'],
    ],
    [
      'a synonym with a coder note is kept',
      '---  ACCLAIM   [051]  ---\nACCLAIM\nLAUD  # OY 1 Mar 2006',
      ['acclaim: SUPPORTS 051', 'laud: SUPPORTS 051'],
    ],
    [
      'a light verb keeps its patterns only',
      '---  GIVE   [070]  ---\nGIVE\n- * AID  [070]  # GIVE',
      ['give aid: SUPPORTS 070'],
    ],
    [
      'a verb of doing (aid family) keeps its patterns only',
      '---  PROVIDE   [070]  ---\nPROVIDE\n- * AID  [070]  # PROVIDE',
      ['provide aid: SUPPORTS 070'],
    ],
    [
      'a lemma with no stance in its everyday sense is left out',
      '---  GRIEVE   [111]  ---\nREGRET [111] # OY',
      [],
    ],
    [
      'a pattern is the verb and the words after it',
      '---  IMPOSE   [163]  ---\nIMPOSE\n- * (SANCTIONS ON) +  [163]  # IMPOSE',
      ['impose: OPPOSES 163', 'impose sanctions on: OPPOSES 163'],
    ],
    [
      'a pattern belongs to the lemma its note names',
      '---  PUT   [---]  ---\nPUT\nPLACE\n- * FORWARD {PEACE PLAN}  [027]  # PUT',
      ['put forward peace plan: PROPOSES 027'],
    ],
    [
      'a synonym set expands',
      '---  SEND   [---]  ---\nSEND\n- * &FOOD  [073]  # SEND',
      ['send bread: SUPPORTS 073', 'send rice: SUPPORTS 073'],
    ],
    [
      'a pair code reads subject to object first',
      '---  SIGN   [---]  ---\nSIGN\n- * &FOOD (WITH)  [057:057]  # SIGN',
      ['sign bread with: SUPPORTS 057', 'sign rice with: SUPPORTS 057'],
    ],
    [
      'a subject acted on ([:x]) gives no cue',
      '---  APPEAR   [---]  ---\nAPPEAR\n- * (IN COURT)  [:173]  # APPEAR',
      [],
    ],
    ['words before the verb give no cue', '---  RUSH   [---]  ---\nRUSH\n- &FOOD *  [154]  # RUSH', []],
    [
      'a source or target inside gives no cue',
      '---  MOVE   [---]  ---\nMOVE\n- * (TO +) BORDER  [154]  # MOVE',
      [],
    ],
    [
      'a pattern written for a dropped form gives no cue',
      '---  KILL   [190]  ---\nKILL\n- * (IN RIOT)  [180]  # KILLED_AND',
      ['kill: OPPOSES 190'],
    ],
  ])('%s', (_, block, expected) => {
    expect(cues(block).sort()).toEqual([...expected].sort());
  });

  it('keeps irregular forms and counts what it drops by rule', () => {
    const lexicon = parseCameo(
      dictionary('---  SEEK   [---]  ---\nSEEK {SEEKS SOUGHT}\n- * &NONE  [020]  # SEEK'),
    );
    expect(lexicon.forms).toEqual({ seek: ['sought'] });
    expect(lexicon.drops).toEqual({
      'verb: no code of its own ([---] block)': 1,
      'pattern: unknown or too large synonym set': 1,
    });
  });
});
