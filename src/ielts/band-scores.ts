/** The IELTS overall band: the mean of the four skills rounded to the nearest half band, .25 and .75 upwards. */
export function overallBand(scores: number[]): number {
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.floor(mean * 2 + 0.5) / 2;
}

/** The CEFR level an overall band corresponds to, as IELTS publishes it. */
export function cefrFor(overall: number): 'C2' | 'C1' | 'B2' | 'B1' | 'A2' {
  if (overall >= 8.5) return 'C2';
  if (overall >= 7) return 'C1';
  if (overall >= 5.5) return 'B2';
  if (overall >= 4) return 'B1';
  return 'A2';
}
