import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AuthModule } from './auth/auth.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { IeltsModule } from './ielts/ielts.module.js';
import { BookingModule } from './booking/booking.module.js';
import { ResultsModule } from './results/results.module.js';
import { FulfillmentModule } from './fulfillment/fulfillment.module.js';
import { JobsModule } from './jobs/jobs.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, databaseUrl),
        JobsModule,
        HealthModule,
        AuthModule,
        IeltsModule,
        BookingModule,
        ResultsModule,
        FulfillmentModule,
      ],
    };
  }
}
