import { textPdf } from '../../src/pdf/text-pdf.js';
import { turnsDuring } from '../support/event-loop-turns.js';
import { pdfPageTexts } from '../support/pdf-text.js';

const LINES = Array.from({ length: 500 }, (_, i) => `${String(i + 1).padStart(3)}. Learner ${i + 1} [S-${i}]  form SH-1`);

describe('textPdf', () => {
  it('lets the event loop run between pages, so that a long sheet does not hold up other requests', async () => {
    const { result: pdf, turns } = await turnsDuring(() => textPdf('Scrap-paper sheet', LINES));
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(11);
    // Once between every two pages at least (before: the whole sheet was written in one go).
    expect(turns).toBeGreaterThanOrEqual(pages.length - 1);
  });

  it('puts the title with its page number on every page and every line once, in order', async () => {
    const pages = await pdfPageTexts(await textPdf('Scrap-paper sheet', LINES));
    pages.forEach((page, i) => expect(page).toContain(`Scrap-paper sheet (page ${i + 1} of 11)`));
    // PDF.js gives a line's words, not its padding: compared with single spaces.
    const text = pages.join('\n');
    let from = 0;
    for (const line of LINES.map((l) => l.replace(/\s+/g, ' ').trim())) {
      const at = text.indexOf(line, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    // 47 lines fit an A4 page under the title.
    expect(pages[0]).toContain('47. Learner 47 [S-46]');
    expect(pages[0]).not.toContain('48. Learner 48 [S-47]');
    expect(pages[1]).toContain('48. Learner 48 [S-47]');
  });

  it('makes one page with the title alone for a sheet without lines', async () => {
    const pages = await pdfPageTexts(await textPdf('Empty sheet', []));
    expect(pages).toEqual(['Empty sheet']);
  });
});
