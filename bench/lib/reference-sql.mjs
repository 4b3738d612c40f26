// The project's own SQL (from the build), which the reference server issues and pgbench runs as the
// database's own limit: the comparison then measures what the project adds around it.
import { verificationStatements } from '../../dist/src/ielts/result-verification-sql.js';

const statements = (withPhoto) => verificationStatements({ withPhoto, withOsr: false });
export const trfQuery = (withPhoto) => ({ ...statements(withPhoto).byTrf, rowMode: 'array' });
export const countQuery = { ...statements(false).count, rowMode: 'array' };
/** A whole page in one statement: $4 rows after skipping $5. */
export const pageQuery = (withPhoto) => ({ ...statements(withPhoto).firstChunk, rowMode: 'array' });
