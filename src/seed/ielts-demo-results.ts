import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { cefrFor, overallBand } from '../ielts/band-scores.js';

// A minimal valid JPEG (1x1 pixel): enough to show how photos travel.
export const DEMO_PHOTO_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

const FAMILY_NAMES = [
  'KARIMOVA',
  'SMITH',
  'NGUYEN',
  'GARCIA',
  'MULLER',
  'OKAFOR',
  'TANAKA',
  'SILVA',
  'KOWALSKI',
  'HASSAN',
  'IVANOVA',
  'PATEL',
  'KIM',
  'ROSSI',
  'DUBOIS',
];
const FIRST_NAMES = ['DILNOZA', 'JAMES', 'MINH', 'LUCIA', 'JONAS', 'CHIDI', 'YUKI', 'ANA', 'PIOTR', 'AMIRA', 'OLGA', 'RAVI', 'JISOO', 'MARCO', 'CLAIRE'];
const COUNTRIES = ['UZB', 'GBR', 'VNM', 'ESP', 'DEU', 'NGA', 'JPN', 'BRA', 'POL', 'EGY', 'RUS', 'IND', 'KOR', 'ITA', 'FRA', 'XKX', 'UNK'];
const LANGUAGES = [
  'Uzbek',
  'English',
  'Vietnamese',
  'Spanish',
  'German',
  'Yoruba',
  'Japanese',
  'Portuguese',
  'Polish',
  'Arabic',
  'Russian',
  'Hindi',
  'Korean',
  'Italian',
  'French',
  'Albanian',
  'Other',
];
const CENTRES = ['UZ010', 'GB123', 'VN004', 'ES017', 'DE002'];
const SKILLS = ['Listening', 'Reading', 'Writing', 'Speaking'] as const;

/** A small deterministic generator, so every sandbox holds the same data. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Thousands of results over the last 120 days: most shared with the first RO (so a long range
 * exceeds 2000 and needs paging), some with both, one in ten with a photo, one in twenty a One
 * Skill Retake, one in twenty remarked after sharing.
 */
export async function seedIeltsDemoResults(
  manager: EntityManager,
  roIds: [string, string],
  count = 2600,
  options: { withSeedExample?: boolean; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const random = prng(5010);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const band = () => Math.floor(random() * 9 + 9) / 2; // 4.5 to 8.5 in half bands
  const day = 86_400_000;
  const results: unknown[][] = [];
  const photos: unknown[][] = [];
  const shares: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    const country = pick(COUNTRIES);
    const family = pick(FAMILY_NAMES);
    const scores = [band(), band(), band(), band()];
    const overall = overallBand(scores);
    const testDate = new Date(now.getTime() - (130 - Math.floor(i / 25)) * day);
    const centre = CENTRES[i % CENTRES.length];
    const trf = `${String(testDate.getUTCFullYear()).slice(2)}${centre.slice(0, 2)}${String(100000 + i).slice(-6)}${family.slice(0, 4).padEnd(4, 'X')}${String(i % 1000).padStart(3, '0')}A`;
    const osr = i % 20 === 7;
    const remarked = i % 20 === 11;
    results.push([
      id,
      trf,
      centre,
      String(i).padStart(6, '0'),
      `P${String(7000000 + i)}`,
      'Passport',
      family,
      pick(FIRST_NAMES),
      `${1985 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      pick(['M', 'F', 'F', 'M', 'U']),
      country,
      country,
      pick(LANGUAGES),
      testDate.toISOString().slice(0, 10),
      i % 4 === 0 ? 'General Training' : 'Academic',
      ...scores,
      overall,
      cefrFor(overall),
      remarked ? 'REMARKED' : 'RELEASED',
      pick(['Tashkent', 'London', 'Hanoi', 'Madrid', 'Berlin']),
      country,
      osr ? pick(SKILLS) : null,
      osr ? new Date(testDate.getTime() + 20 * day).toISOString().slice(0, 10) : null,
      osr ? `${trf.slice(0, 17)}O` : null,
    ]);
    if (i % 10 === 3) photos.push([id, DEMO_PHOTO_JPEG]);
    const sharedAt = new Date(now.getTime() - (120 * day * (count - i)) / count);
    const modifiedAt = remarked ? new Date(Math.min(now.getTime(), sharedAt.getTime() + 14 * day)) : sharedAt;
    if (i % 6 !== 5) shares.push([id, roIds[0], trf, sharedAt, modifiedAt]);
    if (i % 3 === 0) shares.push([id, roIds[1], trf, sharedAt, modifiedAt]);
  }
  // The seed document's own example certificate, as the contract's example shows it, so that the
  // TRF number Swagger UI pre-fills answers on first start.
  if (options.withSeedExample) {
    const exampleId = randomUUID();
    results.push([
      exampleId,
      '17UZ010772RAKN025A',
      'UZ010',
      '000772',
      'P1234567',
      'Passport',
      'KARIMOVA',
      'DILNOZA',
      '2003-04-14',
      'F',
      'UZB',
      'UZB',
      'Uzbek',
      '2019-07-02',
      'Academic',
      7.5,
      7,
      6.5,
      7,
      7,
      'C1',
      'RELEASED',
      'Tashkent',
      'UZB',
      null,
      null,
      null,
    ]);
    photos.push([exampleId, DEMO_PHOTO_JPEG]);
    shares.push([exampleId, roIds[0], '17UZ010772RAKN025A', new Date('2019-09-30T10:15:00Z'), new Date('2019-09-30T10:15:00Z')]);
  }
  await insertRows(
    manager,
    'ielts_results (id, trf_number, centre_number, candidate_number, candidate_id, id_type, family_name, first_name, date_of_birth, gender, nationality, country_of_origin, first_language, test_date, module, listening_score, reading_score, writing_score, speaking_score, overall_band_score, cefr_level, status, town, country_code, osr_skill, osr_test_date, osr_original_trf_number)',
    results,
  );
  await insertRows(manager, 'ielts_result_photos (result_id, data)', photos);
  await insertRows(manager, 'ielts_result_shares (result_id, organisation_id, trf_number, shared_at, last_modified_at)', shares);
  return results.length;
}

async function insertRows(manager: EntityManager, target: string, rows: unknown[][], batch = 250): Promise<void> {
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const width = chunk[0].length;
    const placeholders = chunk.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
    await manager.query(`INSERT INTO ${target} VALUES ${placeholders}`, chunk.flat());
  }
}
