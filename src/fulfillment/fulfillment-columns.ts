/**
 * Select lists that read the module's rows into the shapes of their entities: camel-case names, and
 * `date` columns as YYYY-MM-DD text (pg would make them local-midnight Dates). The fulfilment module
 * reaches its tables through SQL only; the entities describe the tables (checked against the
 * migrations) and type these rows.
 */
const list = (alias: string, columns: Array<[string, string]>) =>
  columns.map(([expression, name]) => `${expression.replaceAll('$.', `${alias}.`)} AS "${name}"`).join(', ');

export const testColumns = (alias = 'fulfillment_tests') =>
  list(alias, [
    ['$.test_id', 'testId'],
    ['$.organisation_id', 'organisationId'],
    ['$.test_type', 'testType'],
    ['$.password', 'password'],
    ['$.status', 'status'],
    ['$.source', 'source'],
    ['$.assigned_to', 'assignedTo'],
    ['$.registration', 'registration'],
    ['$.track_code', 'trackCode'],
    ['$.product_code', 'productCode'],
    ['$.assigned_at', 'assignedAt'],
    ["to_char($.expires_on, 'YYYY-MM-DD')", 'expiresOn'],
    ["to_char($.test_date, 'YYYY-MM-DD')", 'testDate'],
    ['$.duration_minutes', 'durationMinutes'],
    ['$.scores', 'scores'],
    ['$.recycled_count', 'recycledCount'],
    ['$.created_at', 'createdAt'],
    ['$.updated_at', 'updatedAt'],
  ]);

export const apiKeyColumns = (alias = 'fulfillment_api_keys') =>
  list(alias, [
    ['$.id', 'id'],
    ['$.client_id', 'clientId'],
    ['$.organisation_id', 'organisationId'],
    ['$.product_code', 'productCode'],
    ['$.secret_sealed', 'secretSealed'],
    ['$.created_at', 'createdAt'],
    ['$.last_used_at', 'lastUsedAt'],
    ['$.revoked_at', 'revokedAt'],
  ]);

export const trackColumns = (alias = 'fulfillment_tracks') =>
  list(alias, [
    ['$.code', 'code'],
    ['$.organisation_id', 'organisationId'],
    ['$.url', 'url'],
    ['$.fire_on_finished', 'fireOnFinished'],
    ['$.auth_scheme', 'authScheme'],
    ['$.auth_sealed', 'authSealed'],
    ['$.signing_secret_sealed', 'signingSecretSealed'],
    ['$.updated_at', 'updatedAt'],
  ]);

export const productCodeColumns = (alias = 'fulfillment_product_codes') =>
  list(alias, [
    ['$.code', 'code'],
    ['$.test_type', 'testType'],
    ['$.source', 'source'],
    ['$.instructions', 'instructions'],
    ['$.test_url', 'testUrl'],
    ['$.enabled', 'enabled'],
    ['$.updated_at', 'updatedAt'],
  ]);

export const deliveryColumns = (alias = 'fulfillment_webhook_deliveries') =>
  list(alias, [
    ['$.id', 'id'],
    ['$.track_code', 'trackCode'],
    ['$.test_id', 'testId'],
    ['$.event', 'event'],
    ['$.sequence', 'sequence'],
    ['$.data', 'data'],
    ['$.status', 'status'],
    ['$.attempts', 'attempts'],
    ['$.next_attempt_at', 'nextAttemptAt'],
    ['$.locked_until', 'lockedUntil'],
    ['$.last_error', 'lastError'],
    ['$.last_status_code', 'lastStatusCode'],
    ['$.delivered_at', 'deliveredAt'],
    ['$.created_at', 'createdAt'],
  ]);
