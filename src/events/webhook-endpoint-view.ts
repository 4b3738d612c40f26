import type { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import type { WebhookEndpoint } from './generated/events.dto.js';

/** Columns of webhook_endpoints as the entity's fields. */
export const ENDPOINT_COLUMNS = `id, organisation_id AS "organisationId", url, description, events, enabled, secret_sealed AS "secretSealed",
  previous_secret_sealed AS "previousSecretSealed", previous_secret_expires_at AS "previousSecretExpiresAt", failing_since AS "failingSince",
  disabled_reason AS "disabledReason", created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Whether the secret a rotation replaced still signs beside the new one: its overlap has not ended. */
export function previousSecretSigns(endpoint: Pick<WebhookEndpointEntity, 'previousSecretSealed' | 'previousSecretExpiresAt'>): boolean {
  return !!endpoint.previousSecretSealed && !!endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt.getTime() > Date.now();
}

export function endpointView(endpoint: WebhookEndpointEntity): WebhookEndpoint {
  const rotating = previousSecretSigns(endpoint) ? endpoint.previousSecretExpiresAt : null;
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events as WebhookEndpoint['events'],
    enabled: endpoint.enabled,
    status: !endpoint.enabled ? 'disabled' : endpoint.failingSince ? 'failing' : 'active',
    failingSince: endpoint.failingSince?.toISOString() ?? null,
    disabledReason: endpoint.enabled ? null : endpoint.disabledReason,
    previousSecretExpiresAt: rotating?.toISOString() ?? null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}
