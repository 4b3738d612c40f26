import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SecretBox } from './secret-box.js';

/** One SecretBox, keyed from AUTH_PEPPER, for the modules that seal secrets they must read back. */
@Module({
  providers: [{ provide: SecretBox, useFactory: (config: AppConfig) => new SecretBox(config.authPepper), inject: [APP_CONFIG] }],
  exports: [SecretBox],
})
export class SecretBoxModule {}
