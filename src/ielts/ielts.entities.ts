import { IeltsResultEntity } from './entities/ielts-result.entity.js';
import { IeltsResultPhotoEntity } from './entities/ielts-result-photo.entity.js';
import { IeltsResultShareEntity } from './entities/ielts-result-share.entity.js';

export const IELTS_ENTITIES = [IeltsResultEntity, IeltsResultPhotoEntity, IeltsResultShareEntity];
