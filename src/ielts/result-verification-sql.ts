import { namedStatement, type NamedStatement } from '../database/named-statement.js';

/** What a verification asks for beyond the result itself. */
export interface ResultShape {
  withPhoto: boolean;
  withOsr: boolean;
}

/**
 * Each result's JSON, in the wire format, put together by PostgreSQL: the server copies it into the
 * response without parsing 40 columns into an object and writing it out again. The result's own
 * members are kept as JSON text beside the row, derived by a trigger on every write (migration
 * 1764000016000, where their format lives): building them at every read was about 60% of the
 * database's time for a 2000-record page. The RO's members and the share's date are added here.
 * Dates and scores are formatted by PostgreSQL, so that no time zone or float rounding touches them.
 * Members keep the contract's order; `photo` and `photoMediaType` appear only when a photo exists,
 * the OSR members only when asked for.
 */
function resultJson({ withPhoto, withOsr }: ResultShape): string {
  // Every part is NOT NULL (the RO's name and code, the members, the share's date): no member is lost to a null.
  const open = `'{"roName":' || to_json(o.name)::text || ',"roId":' || to_json(o.code)::text || ',' || r.wire_fields ||
    ',"lastModifiedDate":"' || to_char(s.last_modified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"'`;
  // The photo's base64 text is kept beside its bytes (a trigger writes it): encoding at every read
  // was about 40% of a photo page's database time. Base64 has no character JSON escapes.
  const photo = withPhoto
    ? ` || CASE WHEN p.result_id IS NULL THEN '' ELSE ',"photo":{"data":"' || p.data_base64 || '"},"photoMediaType":' || to_json(coalesce(p.media_type, 'JPEG'))::text END`
    : '';
  const member = (name: string, value: string) => ` || ',"${name}":' || coalesce(to_json(${value})::text, 'null')`;
  const osr = withOsr
    ? member('osrSkill', 'r.osr_skill') +
      member('osrTestDate', "to_char(r.osr_test_date, 'YYYYMMDD')") +
      member('osrOriginalTrfNumber', 'r.osr_original_trf_number')
    : '';
  return `(${open}${photo}${osr} || '}')`;
}

function from({ withPhoto }: ResultShape): string {
  return `FROM ielts_result_shares s
    JOIN ielts_results r ON r.id = s.result_id
    JOIN organisations o ON o.id = s.organisation_id
    ${withPhoto ? 'LEFT JOIN ielts_result_photos p ON p.result_id = r.id' : ''}`;
}

/**
 * One result as an RO sees it, with the One Skill Retake fields and without the photo: the data of
 * the IELTS events. $1 organisation, $2 TRF number.
 */
export const RESULT_AS_SHARED = `SELECT (${resultJson({ withPhoto: false, withOsr: true })})::json AS data ${from({ withPhoto: false, withOsr: true })}
  WHERE r.trf_number = $2 AND s.organisation_id = $1`;

const name = (what: string, { withPhoto, withOsr }: ResultShape) => `ielts-${what}-${withPhoto ? 'p' : ''}${withOsr ? 'o' : ''}`;

// $1 organisation, $2 first second, $3 the second after the last.
const RANGE = 's.organisation_id = $1 AND s.last_modified_at >= $2 AND s.last_modified_at < $3';
const ORDER = 'ORDER BY s.last_modified_at, s.trf_number';

/**
 * Named statements: each connection parses and plans them once. Rows come as arrays of
 * [json, cursor time, trf number]; the last two key the next chunk of a page.
 */
function statementsFor(shape: ResultShape) {
  return {
    /** $1 organisation, $2 TRF number: by the results' unique TRF index, then the share's key. */
    byTrf: namedStatement(name('trf', shape), `SELECT ${resultJson(shape)} ${from(shape)} WHERE r.trf_number = $2 AND s.organisation_id = $1`),
    /**
     * Several lookups in one statement: $1 organisations, $2 TRF numbers, paired by position. Rows
     * are [position (from 1), json] for the pairs that match, by the same indexes as `byTrf`.
     * The arrays are read through sub-selects so that no plan is sized by their length. Sized by
     * it, each batch's own plan was priced below the cached one (sized for ten pairs), so PostgreSQL
     * planned every execution afresh, which cost it more than running the statement. Sized alike,
     * the cached plan is kept after the first five executions on a connection.
     */
    byTrfs: namedStatement(
      name('trfs', shape),
      `SELECT q.position::int, ${resultJson(shape)} FROM unnest((SELECT $1::uuid[]), (SELECT $2::text[])) WITH ORDINALITY q(organisation_id, trf_number, position)
        JOIN ielts_results r ON r.trf_number = q.trf_number
        JOIN ielts_result_shares s ON s.result_id = r.id AND s.organisation_id = q.organisation_id
        JOIN organisations o ON o.id = s.organisation_id
        ${shape.withPhoto ? 'LEFT JOIN ielts_result_photos p ON p.result_id = r.id' : ''}`,
    ),
    /** The range's size, by an index-only scan of the covering index. */
    count: namedStatement('ielts-count', `SELECT count(*)::int FROM ielts_result_shares s WHERE ${RANGE}`),
    /**
     * A page's first chunk: $4 rows after skipping $5. The skipped keys are read from the covering
     * index alone; only the chunk's rows are joined to their results.
     */
    firstChunk: namedStatement(
      name('first', shape),
      `SELECT ${resultJson(shape)}, s.last_modified_at::text, s.trf_number ${from(shape)}
        WHERE (s.result_id, s.organisation_id) IN (SELECT s.result_id, s.organisation_id FROM ielts_result_shares s WHERE ${RANGE} ${ORDER} LIMIT $4 OFFSET $5)
        ${ORDER}`,
    ),
    /** The chunk after the key ($4 time, $5 TRF number): $6 rows. */
    nextChunk: namedStatement(
      name('next', shape),
      `SELECT ${resultJson(shape)}, s.last_modified_at::text, s.trf_number ${from(shape)}
        WHERE ${RANGE} AND (s.last_modified_at, s.trf_number) > ($4::timestamptz, $5) ${ORDER} LIMIT $6`,
    ),
  } satisfies Record<string, NamedStatement>;
}

export type VerificationStatements = ReturnType<typeof statementsFor>;

/** One key for each of the four shapes, for what is kept per shape. */
export const shapeKey = ({ withPhoto, withOsr }: ResultShape): string => `${withPhoto}${withOsr}`;

// Built once for each of the four shapes, not per request.
const BUILT = new Map<string, VerificationStatements>();

export function verificationStatements(shape: ResultShape): VerificationStatements {
  const key = shapeKey(shape);
  let statements = BUILT.get(key);
  if (!statements) BUILT.set(key, (statements = statementsFor(shape)));
  return statements;
}
