import { describe, expect, test } from 'vitest';
import { normalizeDate, parseDateLine } from './date.ts';

describe('parseDateLine', () => {
  test.each([
    ['2020-09-11', '2020-09-11'],
    ['Date: 2020-09-11', '2020-09-11'],
    ['  2020/9/1  ', '2020-09-01'],
    ['2020-09-11T10:00:00Z', '2020-09-11'],
    ['September 11, 2020', '2020-09-11'],
    ['Sept. 11, 2020', '2020-09-11'],
    ['sep 11 2020', '2020-09-11'],
    ['11 September 2020', '2020-09-11'],
    ['Friday, September 11, 2020', '2020-09-11'],
    ['Published: Sep 11 2020 10:30 AM EST', '2020-09-11'],
    ['Dated 1st March 2021.', '2021-03-01'],
    ['Fri, 11 Sep 2020 10:00:00 +0000', '2020-09-11'],
    ['Fri, 11 Sep 2020 10:00:00 GMT', '2020-09-11'],
    ['2020-02-30', undefined],
    ['February 29, 2021', undefined],
    ['February 29, 2020', '2020-02-29'],
    ['Smarch 11, 2020', undefined],
    ['The meeting on September 11, 2020', undefined],
    ['China and Russia', undefined],
    ['', undefined],
  ])('%j -> %s', (line, expected) => {
    expect(parseDateLine(line)).toBe(expected);
  });
});

describe('normalizeDate', () => {
  test.each([
    ['2026-01-02', '2026-01-02'],
    ['2020-09-11T10:00:00+08:00', '2020-09-11T10:00:00+08:00'],
    ['September 11, 2020', '2020-09-11'],
    ['2020-13-01', undefined],
    ['yesterday', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});
