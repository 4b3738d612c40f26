import { textRuns } from '../../src/pdf/text-runs.js';

// Font 1 for CJK ideographs, font 0 for everything else: a stand-in for "the first font with the glyph".
const fontFor = (codePoint: number) => (codePoint >= 0x4e00 && codePoint <= 0x9fff ? 1 : 0);

describe('textRuns: a line split by font and direction', () => {
  it('keeps a Latin or Cyrillic line in one left-to-right run', () => {
    expect(textRuns('1. Иван Петров [S-0]', fontFor)).toEqual([{ font: 0, rtl: false, text: '1. Иван Петров [S-0]' }]);
  });

  it('gives the spaces between right-to-left words to their run, and those at its edges to the line', () => {
    expect(textRuns('2. محمد عبد الله [L2]', fontFor)).toEqual([
      { font: 0, rtl: false, text: '2. ' },
      { font: 0, rtl: true, text: 'محمد عبد الله' },
      { font: 0, rtl: false, text: ' [L2]' },
    ]);
  });

  it('switches font where a character needs another', () => {
    expect(textRuns('3. 李明 [L3]', fontFor)).toEqual([
      { font: 0, rtl: false, text: '3. ' },
      { font: 1, rtl: false, text: '李明' },
      { font: 0, rtl: false, text: ' [L3]' },
    ]);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(
      textRuns('a😀b', fontFor)
        .map((run) => run.text)
        .join(''),
    ).toBe('a😀b');
  });
});
