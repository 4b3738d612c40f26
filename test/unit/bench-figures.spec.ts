import { threeDigits } from '../../bench/lib/figures.mjs';

describe("the bench's figures", () => {
  it('keep three significant digits, small or large, and never an exponent', () => {
    expect(threeDigits(0.041234)).toBe('0.0412');
    expect(threeDigits(0.03)).toBe('0.0300');
    expect(threeDigits(8.4512)).toBe('8.45');
    expect(threeDigits(44.74)).toBe('44.7');
    expect(threeDigits(176.3)).toBe('176');
    expect(threeDigits(12345.6)).toBe('12346');
    expect(threeDigits(Number.NaN)).toBe('NaN');
  });
});
