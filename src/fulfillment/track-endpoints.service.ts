import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '../auth/organisations.service.js';
import { SecretBox } from '../common/secret-box.js';
import { newWebhookSecret } from '../common/standard-webhook-signature.js';
import { assertAllowedWebhookUrl } from '../common/webhook-url-policy.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ApiError } from '../errors/api-error.js';
import type { TrackEntity } from './entities/track.entity.js';
import type { Track, TrackInput } from './generated/fulfillment.dto.js';

function authorizationFor(input: TrackInput): string | null {
  const auth = input.authentication ?? { scheme: 'none' as const };
  const missing = (field: string) =>
    new ApiError(60002, `authentication.${field} is required for the ${auth.scheme} scheme`, {
      details: [{ location: 'body', field: `authentication.${field}`, message: `required for the ${auth.scheme} scheme` }],
    });
  if (auth.scheme === 'basic') {
    if (!auth.username) throw missing('username');
    return `Basic ${Buffer.from(`${auth.username}:${auth.password ?? ''}`).toString('base64')}`;
  }
  if (auth.scheme === 'bearer') {
    if (!auth.token) throw missing('token');
    return `Bearer ${auth.token}`;
  }
  return null;
}

/** Track codes: the customers' results webhook endpoints, registered by the provider. */
@Injectable()
export class TrackEndpointsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly secrets: SecretBox,
    private readonly organisations: OrganisationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async put(code: string, input: TrackInput): Promise<Track> {
    // The customer supplies the URL and controls where its name points: the same rules as event
    // endpoints, and its deliveries check the address again when they connect.
    await assertAllowedWebhookUrl(input.url, this.config.trackNetwork);
    const url = new URL(input.url).toString();
    const authorization = authorizationFor(input);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisations.requireByCode(input.organisationCode, { manager });
      const [current]: Array<Pick<TrackEntity, 'signingSecretSealed'>> = await manager.query(
        'SELECT signing_secret_sealed AS "signingSecretSealed" FROM fulfillment_tracks WHERE code = $1 FOR UPDATE',
        [code],
      );
      const signingSecret = current && !input.rotateSecret ? this.secrets.open(current.signingSecretSealed) : newWebhookSecret();
      await manager.query(
        `INSERT INTO fulfillment_tracks (code, organisation_id, url, fire_on_finished, auth_scheme, auth_sealed, signing_secret_sealed, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())
         ON CONFLICT (code) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, url = EXCLUDED.url, fire_on_finished = EXCLUDED.fire_on_finished,
           auth_scheme = EXCLUDED.auth_scheme, auth_sealed = EXCLUDED.auth_sealed, signing_secret_sealed = EXCLUDED.signing_secret_sealed, updated_at = now()`,
        [
          code,
          organisation.id,
          url,
          input.fireOnFinished ?? false,
          input.authentication?.scheme ?? 'none',
          authorization ? this.secrets.seal(authorization) : null,
          this.secrets.seal(signingSecret),
        ],
      );
      return {
        trackCode: code,
        organisationCode: organisation.code,
        url,
        fireOnFinished: input.fireOnFinished ?? false,
        authenticationScheme: input.authentication?.scheme ?? 'none',
        signingSecret,
      };
    });
  }
}
