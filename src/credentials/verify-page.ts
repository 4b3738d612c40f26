import escapeHtml from 'escape-html';
import QRCode from 'qrcode';
import type { VerificationReport } from './generated/credentials.dto.js';

/** How a verdict reads to a person, and its colour. */
const VERDICTS = {
  valid: { title: 'Valid', text: 'This credential is authentic, unaltered and has not been revoked.', colour: '#1b6e2f', background: '#e3f4e7' },
  revoked: {
    title: 'Revoked',
    text: 'This credential was issued by us, but it has been revoked: the result was cancelled or replaced. Do not rely on it.',
    colour: '#8a1c1c',
    background: '#fbe4e4',
  },
  unknown: {
    title: 'Status unknown',
    text: 'This credential is authentic, but whether it has been revoked cannot be told right now. Try again later before relying on it.',
    colour: '#7a5200',
    background: '#fdf1d8',
  },
  invalid: {
    title: 'Not valid',
    text: 'This is not a credential we issued, or it has been altered. Do not rely on it.',
    colour: '#8a1c1c',
    background: '#fbe4e4',
  },
} as const;

export type Verdict = keyof typeof VERDICTS;

export function verdictOf(report: VerificationReport): Verdict {
  if (!report.verified) return 'invalid';
  return report.status === 'active' ? 'valid' : report.status;
}

// Field names of a stated result, as a person reads them.
const LABELS: Record<string, string> = {
  trfNumber: 'TRF number',
  familyName: 'Family name',
  firstName: 'First name',
  dateOfBirth: 'Date of birth',
  testDate: 'Test date',
  module: 'Module',
  listeningScore: 'Listening',
  readingScore: 'Reading',
  writingScore: 'Writing',
  speakingScore: 'Speaking',
  overallBandScore: 'Overall band',
  cefrLevel: 'CEFR level',
  centreNumber: 'Centre',
  candidateNumber: 'Candidate number',
  centreId: 'Centre',
  assessmentCode: 'Assessment',
  sessionId: 'Session',
  grade: 'Grade',
  issuedAt: 'Issued',
};

/**
 * The verification page: a form to paste a credential and, when one was given, the verdict, the result
 * it states and each check, with a QR code of the page's own link for that credential. Plain HTML, no
 * script (the content security policy allows none inline), so it works in any browser and on paper.
 */
export async function renderVerifyPage(given: { credential?: string; report?: VerificationReport; link?: string; problem?: string }): Promise<string> {
  const sections: string[] = [];
  if (given.problem)
    sections.push(
      `<section class="verdict" data-verdict="invalid" style="${style('invalid')}"><h2>Not a credential</h2><p>${escapeHtml(given.problem)}</p></section>`,
    );
  if (given.report) {
    const verdict = verdictOf(given.report);
    const { title, text } = VERDICTS[verdict];
    sections.push(`<section class="verdict" data-verdict="${verdict}" style="${style(verdict)}"><h2>${title}</h2><p>${text}</p>
      ${given.report.issuer ? `<p>Issued by <strong>${escapeHtml(given.report.issuer.name)}</strong> (${escapeHtml(given.report.issuer.id)})${given.report.validFrom ? `, ${escapeHtml(given.report.validFrom.slice(0, 10))}` : ''}.</p>` : ''}</section>`);
    if (given.report.result) {
      const rows = Object.entries(given.report.result)
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([key, value]) => `<tr><th scope="row">${escapeHtml(LABELS[key] ?? key)}</th><td>${escapeHtml(String(value))}</td></tr>`)
        .join('');
      sections.push(`<section><h2>The result it states</h2><table class="result">${rows}</table></section>`);
    }
    const checks = given.report.checks
      .map((c) => `<li class="${c.passed ? 'passed' : 'failed'}">${c.passed ? '✔' : '✘'} <strong>${escapeHtml(c.check)}</strong>: ${escapeHtml(c.detail)}</li>`)
      .join('');
    sections.push(`<section><h2>Checks</h2><ul class="checks">${checks}</ul></section>`);
    if (given.link) {
      const qr = await QRCode.toString(given.link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
      sections.push(
        `<section><h2>Link to this check</h2><div class="qr" title="QR code of the link below">${qr}</div><p class="link"><a href="${escapeHtml(given.link)}">Open this check</a></p></section>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify a result credential</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1c1c1c; }
textarea { width: 100%; min-height: 8rem; font-family: monospace; font-size: 0.8rem; }
button { margin-top: 0.5rem; padding: 0.5rem 1.5rem; font-size: 1rem; }
.verdict { border-radius: 0.5rem; padding: 0.5rem 1rem; margin: 1.5rem 0; }
.verdict h2 { margin: 0.5rem 0; }
table.result th { text-align: left; padding-right: 1.5rem; font-weight: normal; color: #555; }
ul.checks { list-style: none; padding: 0; }
.checks .failed { color: #8a1c1c; }
.qr svg { width: 14rem; height: 14rem; }
.link a { word-break: break-all; }
</style>
</head>
<body>
<h1>Verify a result credential</h1>
<p>Paste a result credential (a JWT starting <code>eyJ</code>) to check that we issued it, that it has not been altered and that it has not been revoked. No account is needed.</p>
<form method="get" action="/verify">
<label for="credential">Credential</label>
<textarea id="credential" name="credential" required spellcheck="false">${escapeHtml(given.credential ?? '')}</textarea>
<button type="submit">Verify</button>
</form>
${sections.join('\n')}
</body>
</html>
`;
}

function style(verdict: Verdict): string {
  return `color: ${VERDICTS[verdict].colour}; background: ${VERDICTS[verdict].background}`;
}
