// How the bare servers of the bench (the reference, Nest alone) find the caller's organisation:
// looked up once per Authorization header (Basic by client id, Bearer by token hash), then held in
// a Map, with no secret checked: the bare minimum the project's cached authentication is set against.
import { createHmac } from 'node:crypto';

export function organisationLookup(pool, pepper) {
  const organisations = new Map();
  return async function organisationOf(authorization) {
    let id = organisations.get(authorization);
    if (id) return id;
    const [scheme, value = ''] = authorization.split(' ');
    const { rows } =
      scheme === 'Basic'
        ? await pool.query('SELECT organisation_id FROM api_clients WHERE client_id = $1', [Buffer.from(value, 'base64').toString().split(':')[0]])
        : await pool.query('SELECT c.organisation_id FROM access_tokens t JOIN api_clients c USING (client_id) WHERE t.token_hash = $1', [
            createHmac('sha256', pepper).update(value).digest(),
          ]);
    id = rows[0]?.organisation_id;
    if (id) organisations.set(authorization, id);
    return id;
  };
}
