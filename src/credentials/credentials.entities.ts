import { IssuedCredentialEntity } from './entities/issued-credential.entity.js';
import { IssuerKeyEntity } from './entities/issuer-key.entity.js';
import { StatusListEntity } from './entities/status-list.entity.js';

export const CREDENTIALS_ENTITIES = [IssuerKeyEntity, StatusListEntity, IssuedCredentialEntity];
