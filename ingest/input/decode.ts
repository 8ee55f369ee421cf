// Bytes to text, refusing what is not UTF-8 text: binary data and invalid byte sequences are reported
// with where they are, never silently replaced with U+FFFD.

/** How much of an input the binary check looks at, like git and file(1) do with their first block. */
export const SNIFF_BYTES = 64 * 1024;
/** Control characters beyond this share of the sniffed bytes mean binary data, not text. */
const MAX_CONTROL_RATIO = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why these bytes are not text, or undefined when they look like text. Looks at the first block only. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'is UTF-16 text; convert it to UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)';
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return 'looks binary (it contains NUL bytes); is its extension the right one?';
  let control = 0;
  for (const b of sample) {
    // Tab, line feed, vertical tab, form feed, carriage return and escape are common in text.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f) control++;
  }
  if (control > sample.length * MAX_CONTROL_RATIO) {
    return 'looks binary (many control characters); is its extension the right one?';
  }
  return undefined;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Allowed range of the second byte per lead byte (RFC 3629): excludes overlongs and surrogates.
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

export type Decoded = { ok: true; text: string } | { ok: false; offset: number };

/** Decodes UTF-8 strictly (a leading byte order mark is dropped). On failure, says at which byte. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, offset: firstInvalidUtf8(bytes) };
  }
}

export function invalidUtf8Message(offset: number): string {
  return `invalid UTF-8 at byte ${offset}; save it as UTF-8 (e.g. \`iconv -f LATIN1 -t UTF-8\`)`;
}
