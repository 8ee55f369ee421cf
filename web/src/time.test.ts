import { describe, expect, it } from 'vitest';
import { lastDay, monthLabel, monthsBetween, monthsOf, nextWindow, rangeOf, windowOf } from './time.ts';

const MONTHS = monthsBetween('2021-11', '2022-03');

describe('the time axis', () => {
  it('spans the months of the dated documents, across a new year', () => {
    expect(monthsOf(['2022-03-09', null, '2021-11-30', '2022-01-01'])).toEqual(MONTHS);
    expect(monthsOf([null])).toEqual([]);
  });

  it.each([
    ['2022-02', '2022-02-28'],
    ['2024-02', '2024-02-29'],
    ['2021-12', '2021-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDay(month)).toBe(day);
  });

  it.each<[string | undefined, string | undefined, { start: number; end: number }]>([
    [undefined, undefined, { start: 0, end: 4 }],
    ['2021-12-01', '2022-01-31', { start: 1, end: 2 }],
    ['2021-12-15', '2022-01-02', { start: 1, end: 2 }],
    ['2019-01-01', '2030-01-01', { start: 0, end: 4 }],
  ])('from %s to %s is the window %j', (from, to, window) => {
    expect(windowOf(MONTHS, from, to)).toEqual(window);
  });

  it('turns a window into the date range, and the whole axis into none', () => {
    expect(rangeOf(MONTHS, { start: 1, end: 2 })).toEqual({ from: '2021-12-01', to: '2022-01-31' });
    expect(rangeOf(MONTHS, { start: 0, end: 4 })).toEqual({});
  });

  it.each<[{ start: number; end: number }, { start: number; end: number } | null]>([
    [
      { start: 0, end: 4 },
      { start: 0, end: 0 },
    ],
    [
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ],
    [{ start: 3, end: 4 }, null],
  ])('play goes from %j to %j', (window, next) => {
    expect(nextWindow(MONTHS, window)).toEqual(next);
  });

  it('writes months for people', () => {
    expect(monthLabel('2022-03')).toBe('Mar 2022');
  });
});
