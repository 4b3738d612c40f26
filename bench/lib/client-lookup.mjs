// How the bare servers of the bench (the reference, Nest alone) find the caller: looked up once per
// Authorization header (Basic by client id, Bearer by token hash), then held in a Map, with no secret
// checked: the bare minimum the project's cached authentication is set against. The client's daily
// quota comes with it, for the reference's RateLimit headers.
import { createHmac } from 'node:crypto';

export function clientLookup(pool, pepper) {
  const clients = new Map();
  return async function clientOf(authorization) {
    let client = clients.get(authorization);
    if (client) return client;
    const [scheme, value = ''] = authorization.split(' ');
    const { rows } =
      scheme === 'Basic'
        ? await pool.query('SELECT organisation_id, daily_quota FROM api_clients WHERE client_id = $1', [Buffer.from(value, 'base64').toString().split(':')[0]])
        : await pool.query('SELECT c.organisation_id, c.daily_quota FROM access_tokens t JOIN api_clients c USING (client_id) WHERE t.token_hash = $1', [
            createHmac('sha256', pepper).update(value).digest(),
          ]);
    if (!rows[0]) return undefined;
    client = { organisationId: rows[0].organisation_id, dailyQuota: rows[0].daily_quota, used: 0 };
    clients.set(authorization, client);
    return client;
  };
}
