import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to a client, its secrets or a token's revocation is announced on the channel
 * `auth_changed` (payload: the client id), whoever makes it (the API, the clients command, SQL by
 * hand), so that every process drops what it cached at once instead of after AUTH_CACHE_TTL_MS.
 */
export class AuthChangeNotifications1764000009000 implements MigrationInterface {
  name = 'AuthChangeNotifications1764000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_auth_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('auth_changed', COALESCE(NEW.client_id, OLD.client_id));
        RETURN NULL;
      END $$`);
    await q.query('CREATE TRIGGER api_clients_changed AFTER UPDATE OR DELETE ON api_clients FOR EACH ROW EXECUTE FUNCTION notify_auth_change()');
    await q.query(
      'CREATE TRIGGER api_client_secrets_changed AFTER INSERT OR UPDATE OR DELETE ON api_client_secrets FOR EACH ROW EXECUTE FUNCTION notify_auth_change()',
    );
    // Issuing a token changes nothing cached; revoking or deleting one does.
    await q.query('CREATE TRIGGER access_tokens_changed AFTER UPDATE OR DELETE ON access_tokens FOR EACH ROW EXECUTE FUNCTION notify_auth_change()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER access_tokens_changed ON access_tokens');
    await q.query('DROP TRIGGER api_client_secrets_changed ON api_client_secrets');
    await q.query('DROP TRIGGER api_clients_changed ON api_clients');
    await q.query('DROP FUNCTION notify_auth_change()');
  }
}
