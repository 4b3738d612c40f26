import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { textRuns } from './text-runs.js';

const require = createRequire(import.meta.url);

/**
 * The fonts every text PDF embeds (as subsets of the glyphs it uses), tried in order for each
 * character: DejaVu Sans for Latin, Greek, Cyrillic, Arabic and Hebrew, then GNU Unifont, which
 * covers the rest of the Basic Multilingual Plane (Chinese, Japanese, Korean, Indic scripts).
 * Both come from npm packages, so nothing is fetched at run time.
 */
const FONT_FILES = [
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  // Fontsource exports only its CSS, so the font is found beside the package's LICENSE.
  // WOFF rather than WOFF2: fontkit opens it in about 90 ms instead of 700 (Brotli over 57,000 glyphs).
  join(dirname(require.resolve('@fontsource/unifont/LICENSE')), 'files/unifont-latin-400-normal.woff2'),
];

let loaded: Array<{ name: string; font: Font }> | undefined;
function fonts() {
  loaded ??= FONT_FILES.map((file, i) => ({ name: `F${i}`, font: create(readFileSync(file)) as Font }));
  return loaded;
}

function fontFor(codePoint: number): number {
  const index = fonts().findIndex(({ font }) => font.hasGlyphForCodePoint(codePoint));
  return index < 0 ? 0 : index;
}

const TITLE_SIZE = 14;
const LINE_SIZE = 10;
const MARGIN = 50;
const LINE_HEIGHT = 1.5;

/**
 * A printable A4 text sheet: a title repeated on every page (with "page i of n" when there are
 * several), then the lines, flowing onto as many pages as they need. Any script prints as itself.
 *
 * Written a page at a time, letting the event loop run between pages: a sheet of 10,000 lines is
 * about 1.5 s of CPU, which written in one go held up every other request of the process, any
 * organisation's, for as long. Lines are never wrapped, so the page count is known before the first
 * page and each page is finished (and flushed) as it is written.
 */
export async function textPdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    size: 'A4',
    margin: MARGIN,
    info: { Title: title, Producer: 'assessment-api-platform' },
  });
  // The parsed fonts themselves, which PDFKit accepts: parsing them again for each sheet (Unifont's
  // glyph table is several megabytes) cost 700 ms a sheet.
  for (const { name, font } of fonts()) doc.registerFont(name, font as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // Room for the title on every page.
  const top = MARGIN + TITLE_SIZE * 2;
  const perPage = Math.floor((doc.page.height - MARGIN - top) / (LINE_SIZE * LINE_HEIGHT));
  const count = Math.max(1, Math.ceil(lines.length / perPage));
  for (let page = 0; page < count; page++) {
    if (page > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      doc.addPage();
    }
    doc.y = MARGIN;
    writeLine(doc, count > 1 ? `${title} (page ${page + 1} of ${count})` : title, TITLE_SIZE);
    doc.y = top;
    for (const line of lines.slice(page * perPage, (page + 1) * perPage)) writeLine(doc, line, LINE_SIZE);
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function writeLine(doc: PDFKit.PDFDocument, line: string, size: number): void {
  // An empty line still takes its height.
  const runs = line ? textRuns(line, fontFor) : [{ font: 0, rtl: false, text: ' ' }];
  const y = doc.y;
  doc.x = MARGIN;
  // Without line breaking (a sheet line is never wrapped) PDFKit does not move down by itself.
  runs.forEach((run, i) =>
    doc
      .font(`F${run.font}`)
      .fontSize(size)
      .text(run.text, { continued: i < runs.length - 1, lineBreak: false }),
  );
  doc.y = y + size * LINE_HEIGHT;
}
