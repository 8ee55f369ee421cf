import { describe, expect, test } from 'vitest';
import { LineCounter } from './line-counter.ts';

describe('LineCounter', () => {
  test('gives the line of the next content at or after each offset, across chunks', () => {
    const counter = new LineCounter();
    // "a,b\r\n" (0-4), "\r\n" (5-6), "\"x\r\ny\"\r\n" (7-15), "z" (16)
    for (const chunk of ['a,b\r', '\n\r\n"x', '\r\ny"\r\nz']) counter.add(Buffer.from(chunk));
    expect([0, 5, 16].map((offset) => counter.contentLine(offset))).toEqual([1, 3, 5]);
  });
});
