import DataLoader from 'dataloader';
import type { Pool } from 'pg';
import { shapeKey, verificationStatements, type ResultShape } from './result-verification-sql.js';

export interface TrfLookup {
  organisationId: string;
  trfNumber: string;
}

type Answer = string | undefined;

/**
 * TRF lookups that arrive together, read by one statement. The lookups handed over while the event
 * loop reads one round of requests from its sockets wait for the end of that round (setImmediate)
 * and go to PostgreSQL together, up to `maxBatch` at once: one round trip, one plan, one snapshot
 * for them all. A busy process then spends about half the CPU a lookup, and PostgreSQL less than
 * half (#14, fourteenth part); an idle one sends each lookup alone, a few microseconds later.
 * DataLoader (graphql/dataloader) does the grouping, without its cache: a lookup is never answered
 * from memory, so a result changed a moment ago is read as it is now.
 */
export class TrfLookupBatcher {
  private readonly loaders = new Map<string, DataLoader<TrfLookup, Answer>>();

  /** `onStatement` hears how many lookups each statement read (the service counts them for /metrics). */
  constructor(
    private readonly pool: Pool,
    private readonly maxBatch: number,
    private readonly onStatement: (lookups: number) => void = () => {},
  ) {}

  /** The result's JSON in the wire format, or undefined when it is not shared with this organisation. */
  lookup(shape: ResultShape, organisationId: string, trfNumber: string): Promise<Answer> {
    if (this.maxBatch === 1) return this.read(shape, [{ organisationId, trfNumber }]).then((answers) => answers[0]);
    return this.loaderFor(shape).load({ organisationId, trfNumber });
  }

  private loaderFor(shape: ResultShape): DataLoader<TrfLookup, Answer> {
    const key = shapeKey(shape);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader((lookups) => this.read(shape, lookups), {
        cache: false,
        maxBatchSize: this.maxBatch,
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  private read(shape: ResultShape, lookups: readonly TrfLookup[]): Promise<Answer[]> {
    this.onStatement(lookups.length);
    return readLookups(this.pool, shape, lookups);
  }
}

/** Each lookup's answer, in order. Each pair is matched whole, so no organisation reads another's result. */
async function readLookups(pool: Pool, shape: ResultShape, lookups: readonly TrfLookup[]): Promise<Answer[]> {
  const sql = verificationStatements(shape);
  if (lookups.length === 1) {
    const { rows } = await pool.query<[string]>(sql.byTrf, [lookups[0].organisationId, lookups[0].trfNumber]);
    return [rows[0]?.[0]];
  }
  const { rows } = await pool.query<[number, string]>(sql.byTrfs, [lookups.map((l) => l.organisationId), lookups.map((l) => l.trfNumber)]);
  const answers = new Array<Answer>(lookups.length).fill(undefined);
  for (const [position, json] of rows) answers[position - 1] = json;
  return answers;
}
