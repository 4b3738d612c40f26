import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiAuthGuard } from './auth/api-auth.guard.js';
import { ContractMediaTypeGuard } from './contract/media-type.guard.js';
import { DailyQuotaGuard } from './quota/daily-quota.guard.js';
import { QuotaModule } from './quota/quota.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { AuthModule } from './auth/auth.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { LifecycleModule } from './lifecycle/lifecycle.module.js';
import { IeltsModule } from './ielts/ielts.module.js';
import { BookingModule } from './booking/booking.module.js';
import { ResultsModule } from './results/results.module.js';
import { FulfillmentModule } from './fulfillment/fulfillment.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { EventsModule } from './events/events.module.js';
import { CredentialsModule } from './credentials/credentials.module.js';
import { AddressThrottleGuard } from './quota/address-throttle.guard.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, databaseUrl),
        JobsModule,
        LifecycleModule,
        HealthModule,
        AuthModule,
        QuotaModule,
        IeltsModule,
        BookingModule,
        ResultsModule,
        FulfillmentModule,
        EventsModule,
        CredentialsModule,
      ],
      // What every route passes before its parameters are checked, in this order (global guards run
      // as registered): who the client is and whether it holds the scope, its daily quota (or, for a
      // throttled public operation, its address's), then whether the operation takes the request's
      // media type and serves one the caller accepts.
      providers: [
        { provide: APP_GUARD, useClass: ApiAuthGuard },
        { provide: APP_GUARD, useClass: DailyQuotaGuard },
        { provide: APP_GUARD, useClass: AddressThrottleGuard },
        { provide: APP_GUARD, useClass: ContractMediaTypeGuard },
      ],
    };
  }
}
