// Personal names as the sources write them ("Keir STARMER", "SERGEY_LAVROV_") to names as people write
// them ("Keir Starmer", "Sergey Lavrov"), keeping every letter of every script ("ERDOĞAN" gives "Erdoğan").

/** Family-name particles written in lower case inside a name ("José Eduardo dos Santos"). */
const PARTICLES = new Set([
  'da',
  'de',
  'di',
  'do',
  'dos',
  'das',
  'du',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'bin',
  'ibn',
  'bint',
]);
/** Regnal numbers I to XXIX ("Charles III", "Mohammed VI"); never a name's first word ("Xi"). */
const ROMAN = /^X{0,2}(IX|IV|V?I{0,3})$/;

/**
 * "ERDOĞAN" gives "Erdoğan", "SASSOU-Nguesso" "Sassou-Nguesso", "TU'I'ONETOA" "Tu'i'onetoa", but
 * "O'BRIEN" "O'Brien" (one letter before the apostrophe).
 */
export function capitalise(word: string, first = false): string {
  if (!first && word !== '' && ROMAN.test(word)) return word;
  return word
    .split(/(?<=-)/)
    .map((part) => {
      if (part !== part.toUpperCase() || !/\p{Lu}/u.test(part)) return part;
      const lower = part.charAt(0) + part.slice(1).toLocaleLowerCase('en');
      return lower.replace(
        /^(\p{L}['’])(\p{Ll})/u,
        (_, head: string, letter: string) => head + letter.toUpperCase(),
      );
    })
    .join('');
}

/** Whether a word is written in capitals as a family name ("STARMER", "al-BURHAN", "ERDOĞAN"). */
export function isCapitalsWord(word: string): boolean {
  return /\p{Lu}{2}/u.test(word.replace(/^\p{Ll}+-/u, '')) && !(word !== '' && ROMAN.test(word));
}

export interface PersonName {
  label: string;
  /** The family name as used alone ("Starmer", "dos Santos"). */
  surname?: string;
  /** Shorter forms: the first given name and the family name, a nickname and the family name. */
  aliases: string[];
}

/**
 * A name with its family name in capitals ("Vladimir Vladimirovich PUTIN", 'Ferdinand "BongBong" MARCOS',
 * "Denis SASSOU-Nguesso"): undefined when no word is in capitals.
 */
export function readCapitalisedName(text: string): PersonName | undefined {
  const nickname = /["“]([^"”]+)["”]/.exec(text)?.[1];
  const words = text
    .replace(/["“][^"”]*["”]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const family = words.map(isCapitalsWord);
  const first = family.indexOf(true);
  if (first < 0) return undefined;
  const written = words.map((w, i) => {
    const word = family[i] ? capitalise(w, i === 0) : w;
    return i > 0 && PARTICLES.has(word.toLowerCase()) ? word.toLowerCase() : word;
  });
  const last = family.lastIndexOf(true);
  const surname = written.slice(first, last + 1).join(' ');
  const label = written.join(' ');
  const aliases = new Set<string>();
  const given = written[0];
  // "Vladimir Vladimirovich Putin" is "Vladimir Putin" in the news; only when the family name ends the name.
  if (first > 1 && last === words.length - 1 && given !== undefined) aliases.add(`${given} ${surname}`);
  if (nickname !== undefined) aliases.add(`${capitalise(nickname)} ${surname}`);
  aliases.delete(label);
  return {
    label,
    surname: surname === '' || ROMAN.test(surname) ? undefined : surname,
    aliases: [...aliases],
  };
}

/** Words written in lower case inside an organisation's name. */
const SMALL_WORDS = new Set([
  'of',
  'the',
  'for',
  'and',
  'on',
  'in',
  'to',
  'at',
  'a',
  'an',
  'by',
  'with',
  'against',
]);

/**
 * A name the dictionary writes all in capitals, as people write it: "SERGEY V. LAVROV" gives "Sergey V.
 * Lavrov", "INTERNATIONAL COURT OF JUSTICE" "International Court of Justice"; `acronym` words stay.
 */
export function titleCase(name: string, acronym: (word: string) => boolean = () => false): string {
  return name
    .split(' ')
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && (SMALL_WORDS.has(lower) || PARTICLES.has(lower))) return lower;
      return acronym(word) ? word : capitalise(word, i === 0);
    })
    .join(' ');
}
