import { describe, expect, it } from 'vitest';
import { javaMajorVersion, tail } from './java.ts';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_382"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['something else', undefined],
  ])('%s', (output, expected) => {
    expect(javaMajorVersion(output)).toBe(expected);
  });
});

describe('tail', () => {
  it.each([
    ['a\nb\nc', 2, 'b\nc'],
    ['a\n\nb\n\n', 5, 'a\nb'],
    ['', 3, ''],
  ])('%j, %i lines', (text, lines, expected) => {
    expect(tail(text, lines)).toBe(expected);
  });
});
