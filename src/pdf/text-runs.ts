/** A stretch of a line written with one font in one direction. */
export interface TextRun {
  font: number;
  rtl: boolean;
  text: string;
}

// Strongly right-to-left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG = /[\p{L}\p{N}]/u;

/**
 * Splits a left-to-right line into runs by font and direction. `fontFor` names the first font with
 * a glyph for a code point. A neutral character (space, punctuation) between two right-to-left
 * characters joins their run, otherwise it stays left to right: the part of the Unicode
 * bidirectional algorithm a line of names needs. PDFKit (through fontkit) shapes each run and lays
 * a right-to-left run out from the right, but neither splits a line by direction itself.
 */
export function textRuns(line: string, fontFor: (codePoint: number) => number): TextRun[] {
  const chars = [...line];
  const strong = chars.map((c) => (RIGHT_TO_LEFT.test(c) ? 'rtl' : STRONG.test(c) ? 'ltr' : undefined));
  const runs: TextRun[] = [];
  chars.forEach((char, i) => {
    const rtl = strong[i] ? strong[i] === 'rtl' : nearestStrong(strong, i, -1) === 'rtl' && nearestStrong(strong, i, 1) === 'rtl';
    const font = fontFor(char.codePointAt(0)!);
    const last = runs.at(-1);
    if (last && last.font === font && last.rtl === rtl) last.text += char;
    else runs.push({ font, rtl, text: char });
  });
  return runs;
}

function nearestStrong(strong: Array<string | undefined>, from: number, step: 1 | -1): string | undefined {
  for (let i = from + step; i >= 0 && i < strong.length; i += step) if (strong[i]) return strong[i];
  return undefined;
}
