import { describe, expect, test } from 'vitest';
import { binaryReason, decodeUtf8, firstInvalidUtf8 } from './decode.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('binaryReason', () => {
  test.each([
    ['plain text', utf8('China supports the BRI.\n'), undefined],
    ['tabs, form feeds and CRLF', utf8('a\tb\fc\r\n'), undefined],
    ['NUL byte', bytes(0x41, 0x00, 0x42), /NUL bytes/],
    ['many control characters', bytes(0x01, 0x02, 0x03, 0x41, 0x42), /control characters/],
    ['UTF-16 with byte order mark', bytes(0xff, 0xfe, 0x41, 0x00), /UTF-16/],
  ])('%s', (_name, input, expected) => {
    if (expected === undefined) expect(binaryReason(input)).toBeUndefined();
    else expect(binaryReason(input)).toMatch(expected);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    ['ASCII', utf8('abc'), -1],
    ['multi-byte characters', utf8('Café – 中国 😀'), -1],
    ['Latin-1 é', bytes(0x43, 0x61, 0x66, 0xe9), 3],
    ['lone continuation byte', bytes(0x41, 0x80), 1],
    ['overlong encoding', bytes(0xc0, 0xaf), 0],
    ['UTF-16 surrogate', bytes(0x41, 0xed, 0xa0, 0x80), 1],
    ['truncated at the end', bytes(0x41, 0x42, 0xe4, 0xb8), 2],
    ['above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%s -> %i', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});

describe('decodeUtf8', () => {
  test.each([
    ['valid, BOM dropped', bytes(0xef, 0xbb, 0xbf, 0x41), { ok: true, text: 'A' }],
    ['invalid', bytes(0x41, 0x42, 0xff), { ok: false, offset: 2 }],
  ])('%s', (_name, input, expected) => {
    expect(decodeUtf8(input)).toEqual(expected);
  });
});
