// The project's own SQL (from the build), which the reference server issues and pgbench runs as the
// database's own limit: the comparison then measures what the project adds around it.
import { verificationStatements } from '../../dist/src/ielts/result-verification-sql.js';
import { TrfLookupBatcher } from '../../dist/src/ielts/trf-lookup-batcher.js';
import { loadConfig } from '../../dist/src/config/app-config.js';

const statements = (withPhoto) => verificationStatements({ withPhoto, withOsr: false });
// Named statements with rows as arrays, passed as pool.query(statement, values), as the project does
// (src/database/named-statement.ts: built so that pg's copy of a query's config costs nothing).
export const trfQuery = (withPhoto) => statements(withPhoto).byTrf;
export const countQuery = statements(false).count;
/** A whole page in one statement: $4 rows after skipping $5. */
export const pageQuery = (withPhoto) => statements(withPhoto).firstChunk;
/**
 * TRF lookups as the project reads them: those that arrive together in one statement (its own
 * batcher, at its own default size, or TRF_LOOKUP_BATCH_MAX as the project is given it). Reading
 * each alone would have the reference pay for round trips the project no longer makes.
 */
export const trfLookups = (pool) => new TrfLookupBatcher(pool, loadConfig({ TRF_LOOKUP_BATCH_MAX: process.env.TRF_LOOKUP_BATCH_MAX }).trfLookupBatchMax);
