import { TypeOrmModule } from '@nestjs/typeorm';
import { BOOKING_ENTITIES } from './booking.entities.js';
import { AuthDirectoryModule } from '../auth/auth-directory.module.js';
import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { BookingAdministrationController } from './booking-administration.controller.js';
import { BookingEventsController } from './booking-events.controller.js';
import { BookingReferenceService } from './booking-reference.service.js';
import { BookingRegistrationsController } from './booking-registrations.controller.js';
import { ClassRosterService } from './class-roster.service.js';
import { EventSchedulingService } from './event-scheduling.service.js';
import { ScrapPaperService } from './scrap-paper.service.js';
import { RegistrationCommandsService } from './registration-commands.service.js';
import { RegistrationQueryService } from './registration-query.service.js';

@Module({
  imports: [TypeOrmModule.forFeature(BOOKING_ENTITIES), EventsModule, AuthDirectoryModule],
  controllers: [BookingEventsController, BookingRegistrationsController, BookingAdministrationController],
  providers: [EventSchedulingService, RegistrationCommandsService, RegistrationQueryService, BookingReferenceService, ClassRosterService, ScrapPaperService],
  exports: [RegistrationQueryService],
})
export class BookingModule {}
