import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { PgNotifications } from './pg-notifications.service.js';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, url: string): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      // Entities are those the imported modules register with TypeOrmModule.forFeature: each module owns its tables.
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config, url), autoLoadEntities: true, retryAttempts: 2, retryDelay: 1000 })],
      providers: [PgNotifications],
      exports: [PgNotifications],
    };
  }
}
