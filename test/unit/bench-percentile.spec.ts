import { median, percentile } from '../../bench/lib/percentile.mjs';

describe("the bench's percentiles", () => {
  it('take the nearest rank, keeping fractions of a millisecond', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => (i + 1) / 10);
    expect(percentile(hundred, 0.99)).toBe(9.9);
    expect(percentile(hundred, 0.5)).toBe(5);
    expect(percentile([3.25], 0.99)).toBe(3.25);
    expect(percentile([1, 2, 3], 0.01)).toBe(1);
    expect(percentile([1, 2, 3], 1)).toBe(3);
  });

  it('are not a number when nothing was measured', () => {
    expect(percentile([], 0.99)).toBeNaN();
  });

  it('read the median as the middle value, the upper middle one of an even count, without sorting the input', () => {
    const rounds = [0.9, 0.7, 1.2];
    expect(median(rounds)).toBe(0.9);
    expect(rounds).toEqual([0.9, 0.7, 1.2]);
    expect(median([4, 1, 3, 2])).toBe(3);
  });
});
