// Generated from openapi/booking.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat } from '../../contract/validators.js';

export class Accommodation {
  @ApiProperty({ required: true })
  @IsString({ message: 'Type must be a string' })
  @IsDefined({ message: 'Type is required' })
  Type!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Name must be a string' })
  @IsOptional()
  Name!: string | null;

  @ApiProperty({ required: true })
  @IsInt({ message: 'TimeExtension must be an integer' })
  @IsOptional()
  TimeExtension!: number | null;
}

export class AccommodationRequest {
  @ApiProperty({ required: false, description: "Identifies the kind of accommodation, for example `ExtraTime`." })
  @MaxLength(60, { message: 'Type must be at most 60 characters' })
  @IsString({ message: 'Type must be a string' })
  @ValidateIf((o) => o["Type"] !== undefined)
  Type?: string;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @IsString({ message: 'Name must be a string' })
  @ValidateIf((o) => o["Name"] !== undefined)
  Name?: string;

  @ApiProperty({ required: false, description: "Minutes." })
  @Max(600, { message: 'TimeExtension must be at most 600' })
  @Min(0, { message: 'TimeExtension must be at least 0' })
  @IsInt({ message: 'TimeExtension must be an integer' })
  @ValidateIf((o) => o["TimeExtension"] !== undefined)
  TimeExtension?: number;
}

/** The path parameters of addEvent. */
export class AddEventPath {
  @ApiProperty({ required: true, description: "The new event's identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'event must be a UUID' })
  @IsString({ message: 'event must be a string' })
  @IsDefined({ message: 'event is required' })
  event!: string;
}

export class AddEventRequest {
  @ApiProperty({ required: false })
  @IsContractFormat('uuid', { message: 'EventVenue must be a UUID' })
  @IsString({ message: 'EventVenue must be a string' })
  @ValidateIf((o) => o["EventVenue"] !== undefined)
  EventVenue?: string;

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'EventStart must be at most 40 characters' })
  @IsString({ message: 'EventStart must be a string' })
  @ValidateIf((o) => o["EventStart"] !== undefined)
  EventStart?: string;

  @ApiProperty({ required: false, description: "One of `Academic`, `GeneralTraining`, `LifeSkills`, `UKVI`." })
  @IsIn(["Academic","GeneralTraining","LifeSkills","UKVI"], { message: 'Invalid EventExamType value.' })
  @ValidateIf((o) => o["EventExamType"] !== undefined)
  EventExamType?: "Academic" | "GeneralTraining" | "LifeSkills" | "UKVI";

  @ApiProperty({ required: false, description: "One of `Paper`, `Computer`, `Online`." })
  @IsIn(["Paper","Computer","Online"], { message: 'Invalid EventExamFormat value.' })
  @ValidateIf((o) => o["EventExamFormat"] !== undefined)
  EventExamFormat?: "Paper" | "Computer" | "Online";

  @ApiProperty({ required: false, description: "One of `Standard`, `Invoice`, `Voucher`, `Sponsored`." })
  @IsIn(["Standard","Invoice","Voucher","Sponsored"], { message: 'Invalid EventBillingCode value.' })
  @ValidateIf((o) => o["EventBillingCode"] !== undefined)
  EventBillingCode?: "Standard" | "Invoice" | "Voucher" | "Sponsored";

  @ApiProperty({ required: false, description: "Seats; unlimited when omitted." })
  @Max(10000, { message: 'RegistrationLimit must be at most 10000' })
  @Min(1, { message: 'RegistrationLimit must be at least 1' })
  @IsInt({ message: 'RegistrationLimit must be an integer' })
  @ValidateIf((o) => o["RegistrationLimit"] !== undefined)
  RegistrationLimit?: number;
}

export class AssessmentForm {
  @ApiProperty({ required: true })
  @IsString({ message: 'Code must be a string' })
  @IsDefined({ message: 'Code is required' })
  Code!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'Published must be true or false' })
  @IsDefined({ message: 'Published is required' })
  Published!: boolean;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'Bilingual must be true or false' })
  @IsDefined({ message: 'Bilingual is required' })
  Bilingual!: boolean;
}

export class AssessmentFormInput {
  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @MinLength(1, { message: 'Name must be at least 1 characters' })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'Published must be true or false' })
  @IsDefined({ message: 'Published is required' })
  Published!: boolean;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'Bilingual must be true or false' })
  @IsDefined({ message: 'Bilingual is required' })
  Bilingual!: boolean;
}

/** The path parameters of cancelEvent. */
export class CancelEventPath {
  @ApiProperty({ required: true, description: "The event identifier." })
  @IsContractFormat('uuid', { message: 'event must be a UUID' })
  @IsString({ message: 'event must be a string' })
  @IsDefined({ message: 'event is required' })
  event!: string;
}

/** The path parameters of cancelRegistration. */
export class CancelRegistrationPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

/** The path parameters of changeAssessment. */
export class ChangeAssessmentPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class ChangeAssessmentRequest {
  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'Assessment must be at most 40 characters' })
  @IsString({ message: 'Assessment must be a string' })
  @ValidateIf((o) => o["Assessment"] !== undefined)
  Assessment?: string;
}

export class Learner {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Identifier must be a UUID' })
  @IsString({ message: 'Identifier must be a string' })
  @IsDefined({ message: 'Identifier is required' })
  Identifier!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Email must be a string' })
  @IsOptional()
  Email!: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'Code must be a string' })
  @IsOptional()
  Code!: string | null;
}

export class Class {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Identifier must be a UUID' })
  @IsString({ message: 'Identifier must be a string' })
  @IsDefined({ message: 'Identifier is required' })
  Identifier!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true })
  @Type(() => Learner)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Learners must be a JSON object' })
  @IsArray({ message: 'Learners must be an array' })
  @IsDefined({ message: 'Learners is required' })
  Learners!: Array<Learner>;

  @ApiProperty({ required: true })
  @IsInt({ message: 'LearnersWithUpcomingRegistration must be an integer' })
  @IsDefined({ message: 'LearnersWithUpcomingRegistration is required' })
  LearnersWithUpcomingRegistration!: number;
}

export class ClassInput {
  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @MinLength(1, { message: 'Name must be at least 1 characters' })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true, description: "The organisation code." })
  @MaxLength(40, { message: 'Organization must be at most 40 characters' })
  @IsString({ message: 'Organization must be a string' })
  @IsDefined({ message: 'Organization is required' })
  Organization!: string;

  @ApiProperty({ required: true, description: "Learners of that organisation." })
  @IsContractFormat('uuid', { each: true, message: 'each of Learners must be a UUID' })
  @IsString({ each: true, message: 'each of Learners must be a string' })
  @ArrayMaxSize(500, { message: 'Learners must hold at most 500 items' })
  @IsArray({ message: 'Learners must be an array' })
  @IsDefined({ message: 'Learners is required' })
  Learners!: Array<string>;
}

export class ClassList {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Organization must be a UUID' })
  @IsString({ message: 'Organization must be a string' })
  @IsDefined({ message: 'Organization is required' })
  Organization!: string;

  @ApiProperty({ required: true })
  @Type(() => Class)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Classes must be a JSON object' })
  @IsArray({ message: 'Classes must be an array' })
  @IsDefined({ message: 'Classes is required' })
  Classes!: Array<Class>;
}

/** The path parameters of deleteRegistration. */
export class DeleteRegistrationPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class Venue {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Identifier must be a UUID' })
  @IsString({ message: 'Identifier must be a string' })
  @IsDefined({ message: 'Identifier is required' })
  Identifier!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true, description: "The organisation code." })
  @IsString({ message: 'Organization must be a string' })
  @IsDefined({ message: 'Organization is required' })
  Organization!: string;
}

export class Event {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Identifier must be a UUID' })
  @IsString({ message: 'Identifier must be a string' })
  @IsDefined({ message: 'Identifier is required' })
  Identifier!: string;

  @ApiProperty({ required: true })
  @Type(() => Venue)
  @ValidateNested()
  @IsObject({ message: 'Venue must be a JSON object' })
  @IsDefined({ message: 'Venue is required' })
  Venue!: Venue;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'Start must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'Start must be a string' })
  @IsDefined({ message: 'Start is required' })
  Start!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'ExamType must be a string' })
  @IsDefined({ message: 'ExamType is required' })
  ExamType!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'ExamFormat must be a string' })
  @IsDefined({ message: 'ExamFormat is required' })
  ExamFormat!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'BillingCode must be a string' })
  @IsDefined({ message: 'BillingCode is required' })
  BillingCode!: string;

  @ApiProperty({ required: true })
  @IsInt({ message: 'RegistrationLimit must be an integer' })
  @IsOptional()
  RegistrationLimit!: number | null;

  @ApiProperty({ required: true, description: "Active registrations." })
  @IsInt({ message: 'RegistrationCount must be an integer' })
  @IsDefined({ message: 'RegistrationCount is required' })
  RegistrationCount!: number;

  @ApiProperty({ required: true })
  @IsIn(["Scheduled","Cancelled"], { message: 'Status must be one of: Scheduled, Cancelled' })
  @IsDefined({ message: 'Status is required' })
  Status!: "Scheduled" | "Cancelled";

  @ApiProperty({ required: true })
  @IsString({ message: 'CancelReason must be a string' })
  @IsOptional()
  CancelReason!: string | null;
}

export class EventList {
  @ApiProperty({ required: true })
  @IsString({ message: 'Date must be a string' })
  @IsDefined({ message: 'Date is required' })
  Date!: string;

  @ApiProperty({ required: true })
  @Type(() => Event)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Events must be a JSON object' })
  @IsArray({ message: 'Events must be an array' })
  @IsDefined({ message: 'Events is required' })
  Events!: Array<Event>;
}

/** The path parameters of getRegistration. */
export class GetRegistrationPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

/** The query parameters of getScrapPaper. */
export class GetScrapPaperQuery {
  @ApiProperty({ required: true, description: "The event identifier." })
  @IsContractFormat('uuid', { message: 'id must be a UUID' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;
}

/** The path parameters of grantAccommodation. */
export class GrantAccommodationPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class HistoryEntry {
  @ApiProperty({ required: true })
  @IsString({ message: 'Command must be a string' })
  @IsDefined({ message: 'Command is required' })
  Command!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'Reason must be a string' })
  @IsOptional()
  Reason!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'Time must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'Time must be a string' })
  @IsDefined({ message: 'Time is required' })
  Time!: string;

  @ApiProperty({ required: false, description: "What the command changed." })
  @IsObject({ message: 'Details must be a JSON object' })
  @ValidateIf((o) => o["Details"] !== undefined)
  Details?: Record<string, unknown>;
}

export class LearnerInput {
  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @MinLength(1, { message: 'Name must be at least 1 characters' })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Email must be at most 200 characters' })
  @IsContractFormat('email', { message: 'Email must be an e-mail address' })
  @IsString({ message: 'Email must be a string' })
  @ValidateIf((o) => o["Email"] !== undefined)
  Email?: string;

  @ApiProperty({ required: false })
  @MaxLength(60, { message: 'Code must be at most 60 characters' })
  @IsString({ message: 'Code must be a string' })
  @ValidateIf((o) => o["Code"] !== undefined)
  Code?: string;

  @ApiProperty({ required: true })
  @MaxLength(40, { message: 'Organization must be at most 40 characters' })
  @IsString({ message: 'Organization must be a string' })
  @IsDefined({ message: 'Organization is required' })
  Organization!: string;
}

/** The query parameters of listClasses. */
export class ListClassesQuery {
  @ApiProperty({ required: true, description: "The organisation's identifier." })
  @IsContractFormat('uuid', { message: 'organization must be a UUID' })
  @IsString({ message: 'organization must be a string' })
  @IsDefined({ message: 'organization is required' })
  organization!: string;
}

/** The query parameters of listEvents. */
export class ListEventsQuery {
  @ApiProperty({ required: true, description: "The day, `YYYY-MM-DD` (UTC)." })
  @IsContractFormat('date', { message: 'date must be a calendar date (YYYY-MM-DD)' })
  @IsString({ message: 'date must be a string' })
  @IsDefined({ message: 'date is required' })
  date!: string;
}

export class ProblemDetail {
  @ApiProperty({ required: true })
  @IsIn(["query","path","header","body"], { message: 'location must be one of: query, path, header, body' })
  @IsDefined({ message: 'location is required' })
  location!: "query" | "path" | "header" | "body";

  @ApiProperty({ required: true })
  @IsString({ message: 'field must be a string' })
  @IsDefined({ message: 'field is required' })
  field!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'message must be a string' })
  @IsDefined({ message: 'message is required' })
  message!: string;
}

/** The error envelope of every module: RFC 9457 problem details (`application/problem+json`) */
export class Problem {
  @ApiProperty({ required: true, description: "A URI reference identifying the error; resolves to its catalogue entry." })
  @IsString({ message: 'type must be a string' })
  @IsDefined({ message: 'type is required' })
  type!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;

  @ApiProperty({ required: true })
  @Max(599, { message: 'status must be at most 599' })
  @Min(400, { message: 'status must be at least 400' })
  @IsInt({ message: 'status must be an integer' })
  @IsDefined({ message: 'status is required' })
  status!: number;

  @ApiProperty({ required: true })
  @IsString({ message: 'detail must be a string' })
  @IsDefined({ message: 'detail is required' })
  detail!: string;

  @ApiProperty({ required: false, description: "The path of the request that failed." })
  @IsString({ message: 'instance must be a string' })
  @ValidateIf((o) => o["instance"] !== undefined)
  instance?: string;

  @ApiProperty({ required: true })
  @IsInt({ message: 'errorCode must be an integer' })
  @IsDefined({ message: 'errorCode is required' })
  errorCode!: number;

  @ApiProperty({ required: true })
  @IsString({ message: 'errorMessage must be a string' })
  @IsDefined({ message: 'errorMessage is required' })
  errorMessage!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'transactionId must be a string' })
  @IsDefined({ message: 'transactionId is required' })
  transactionId!: string;

  @ApiProperty({ required: false, description: "One entry per invalid field, for validation failures." })
  @Type(() => ProblemDetail)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of details must be a JSON object' })
  @IsArray({ message: 'details must be an array' })
  @ValidateIf((o) => o["details"] !== undefined)
  details?: Array<ProblemDetail>;

  @ApiProperty({ required: false, description: "OAuth 2.0 error code (RFC 6749 section 5.2), on the token endpoints only." })
  @IsString({ message: 'error must be a string' })
  @ValidateIf((o) => o["error"] !== undefined)
  error?: string;

  @ApiProperty({ required: false, description: "OAuth 2.0 error description, on the token endpoints only." })
  @IsString({ message: 'error_description must be a string' })
  @ValidateIf((o) => o["error_description"] !== undefined)
  error_description?: string;
}

/** The path parameters of putAssessmentForm. */
export class PutAssessmentFormPath {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'code must match ^[A-Za-z0-9._-]{1,40}$' })
  @IsString({ message: 'code must be a string' })
  @IsDefined({ message: 'code is required' })
  code!: string;
}

/** The path parameters of putClass. */
export class PutClassPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'class must be a UUID' })
  @IsString({ message: 'class must be a string' })
  @IsDefined({ message: 'class is required' })
  class!: string;
}

/** The path parameters of putLearner. */
export class PutLearnerPath {
  @ApiProperty({ required: true, description: "The learner identifier." })
  @IsContractFormat('uuid', { message: 'learner must be a UUID' })
  @IsString({ message: 'learner must be a string' })
  @IsDefined({ message: 'learner is required' })
  learner!: string;
}

/** The path parameters of putVenue. */
export class PutVenuePath {
  @ApiProperty({ required: true, description: "The venue identifier." })
  @IsContractFormat('uuid', { message: 'venue must be a UUID' })
  @IsString({ message: 'venue must be a string' })
  @IsDefined({ message: 'venue is required' })
  venue!: string;
}

export class ReasonRequest {
  @ApiProperty({ required: false })
  @MaxLength(500, { message: 'Reason must be at most 500 characters' })
  @IsString({ message: 'Reason must be a string' })
  @ValidateIf((o) => o["Reason"] !== undefined)
  Reason?: string;
}

/** The path parameters of registerLax. */
export class RegisterLaxPath {
  @ApiProperty({ required: true, description: "The new registration's identifier, chosen by the caller (the same one again finds it)." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class RegisterLaxRequest {
  @ApiProperty({ required: false })
  @IsContractFormat('uuid', { message: 'EventVenue must be a UUID' })
  @IsString({ message: 'EventVenue must be a string' })
  @ValidateIf((o) => o["EventVenue"] !== undefined)
  EventVenue?: string;

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'EventStart must be at most 40 characters' })
  @IsString({ message: 'EventStart must be a string' })
  @ValidateIf((o) => o["EventStart"] !== undefined)
  EventStart?: string;

  @ApiProperty({ required: false })
  @IsIn(["Academic","GeneralTraining","LifeSkills","UKVI"], { message: 'Invalid EventExamType value.' })
  @ValidateIf((o) => o["EventExamType"] !== undefined)
  EventExamType?: "Academic" | "GeneralTraining" | "LifeSkills" | "UKVI";

  @ApiProperty({ required: false })
  @IsIn(["Paper","Computer","Online"], { message: 'Invalid EventExamFormat value.' })
  @ValidateIf((o) => o["EventExamFormat"] !== undefined)
  EventExamFormat?: "Paper" | "Computer" | "Online";

  @ApiProperty({ required: false })
  @IsIn(["Standard","Invoice","Voucher","Sponsored"], { message: 'Invalid EventBillingCode value.' })
  @ValidateIf((o) => o["EventBillingCode"] !== undefined)
  EventBillingCode?: "Standard" | "Invoice" | "Voucher" | "Sponsored";

  @ApiProperty({ required: false })
  @IsContractFormat('uuid', { message: 'Learner must be a UUID' })
  @IsString({ message: 'Learner must be a string' })
  @ValidateIf((o) => o["Learner"] !== undefined)
  Learner?: string;

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'LearnerRegistrantType must be at most 40 characters' })
  @IsString({ message: 'LearnerRegistrantType must be a string' })
  @ValidateIf((o) => o["LearnerRegistrantType"] !== undefined)
  LearnerRegistrantType?: string;

  @ApiProperty({ required: false, description: "The assessment form code." })
  @MaxLength(40, { message: 'Assessment must be at most 40 characters' })
  @IsString({ message: 'Assessment must be a string' })
  @ValidateIf((o) => o["Assessment"] !== undefined)
  Assessment?: string;

  @ApiProperty({ required: false })
  @Type(() => AccommodationRequest)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Accommodations must be a JSON object' })
  @ArrayMaxSize(20, { message: 'Accommodations must hold at most 20 items' })
  @IsArray({ message: 'Accommodations must be an array' })
  @ValidateIf((o) => o["Accommodations"] !== undefined)
  Accommodations?: Array<AccommodationRequest>;
}

export class Registration {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Identifier must be a UUID' })
  @IsString({ message: 'Identifier must be a string' })
  @IsDefined({ message: 'Identifier is required' })
  Identifier!: string;

  @ApiProperty({ required: true })
  @Type(() => Event)
  @ValidateNested()
  @IsObject({ message: 'Event must be a JSON object' })
  @IsDefined({ message: 'Event is required' })
  Event!: Event;

  @ApiProperty({ required: true })
  @Type(() => Learner)
  @ValidateNested()
  @IsObject({ message: 'Learner must be a JSON object' })
  @IsDefined({ message: 'Learner is required' })
  Learner!: Learner;

  @ApiProperty({ required: true })
  @IsString({ message: 'LearnerRegistrantType must be a string' })
  @IsOptional()
  LearnerRegistrantType!: string | null;

  @ApiProperty({ required: true })
  @Type(() => AssessmentForm)
  @ValidateNested()
  @IsObject({ message: 'Assessment must be a JSON object' })
  @IsDefined({ message: 'Assessment is required' })
  Assessment!: AssessmentForm;

  @ApiProperty({ required: true })
  @Type(() => Accommodation)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Accommodations must be a JSON object' })
  @IsArray({ message: 'Accommodations must be an array' })
  @IsDefined({ message: 'Accommodations is required' })
  Accommodations!: Array<Accommodation>;

  @ApiProperty({ required: true })
  @IsIn(["Active","Cancelled"], { message: 'Status must be one of: Active, Cancelled' })
  @IsDefined({ message: 'Status is required' })
  Status!: "Active" | "Cancelled";

  @ApiProperty({ required: true })
  @IsString({ message: 'CancelReason must be a string' })
  @IsOptional()
  CancelReason!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'Created must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'Created must be a string' })
  @IsDefined({ message: 'Created is required' })
  Created!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'LastChangeTime must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'LastChangeTime must be a string' })
  @IsDefined({ message: 'LastChangeTime is required' })
  LastChangeTime!: string;

  @ApiProperty({ required: true })
  @Type(() => HistoryEntry)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of History must be a JSON object' })
  @IsArray({ message: 'History must be an array' })
  @IsDefined({ message: 'History is required' })
  History!: Array<HistoryEntry>;
}

export class RegistrationCount {
  @ApiProperty({ required: true })
  @IsInt({ message: 'Count must be an integer' })
  @IsDefined({ message: 'Count is required' })
  Count!: number;
}

export class RegistrationCriteria {
  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @IsString({ message: 'Name must be a string' })
  @ValidateIf((o) => o["Name"] !== undefined)
  Name?: string;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Email must be at most 200 characters' })
  @IsString({ message: 'Email must be a string' })
  @ValidateIf((o) => o["Email"] !== undefined)
  Email?: string;

  @ApiProperty({ required: false })
  @MaxLength(60, { message: 'Code must be at most 60 characters' })
  @IsString({ message: 'Code must be a string' })
  @ValidateIf((o) => o["Code"] !== undefined)
  Code?: string;

  @ApiProperty({ required: false })
  @Matches(/(Z|[+-][0-9]{2}:[0-9]{2})$/, { message: 'LastChangeTimeSince must match (Z|[+-][0-9]{2}:[0-9]{2})$' })
  @IsContractFormat('date-time', { message: 'LastChangeTimeSince must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'LastChangeTimeSince must be a string' })
  @ValidateIf((o) => o["LastChangeTimeSince"] !== undefined)
  LastChangeTimeSince?: string;

  @ApiProperty({ required: false })
  @Matches(/(Z|[+-][0-9]{2}:[0-9]{2})$/, { message: 'LastChangeTimeBefore must match (Z|[+-][0-9]{2}:[0-9]{2})$' })
  @IsContractFormat('date-time', { message: 'LastChangeTimeBefore must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'LastChangeTimeBefore must be a string' })
  @ValidateIf((o) => o["LastChangeTimeBefore"] !== undefined)
  LastChangeTimeBefore?: string;
}

export class RegistrationPage {
  @ApiProperty({ required: true })
  @Type(() => Registration)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Registrations must be a JSON object' })
  @IsArray({ message: 'Registrations must be an array' })
  @IsDefined({ message: 'Registrations is required' })
  Registrations!: Array<Registration>;

  @ApiProperty({ required: true })
  @IsInt({ message: 'Page must be an integer' })
  @IsDefined({ message: 'Page is required' })
  Page!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'PageSize must be an integer' })
  @IsDefined({ message: 'PageSize is required' })
  PageSize!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'TotalCount must be an integer' })
  @IsDefined({ message: 'TotalCount is required' })
  TotalCount!: number;
}

export class RegistrationSearch {
  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @IsString({ message: 'Name must be a string' })
  @ValidateIf((o) => o["Name"] !== undefined)
  Name?: string;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'Email must be at most 200 characters' })
  @IsString({ message: 'Email must be a string' })
  @ValidateIf((o) => o["Email"] !== undefined)
  Email?: string;

  @ApiProperty({ required: false })
  @MaxLength(60, { message: 'Code must be at most 60 characters' })
  @IsString({ message: 'Code must be a string' })
  @ValidateIf((o) => o["Code"] !== undefined)
  Code?: string;

  @ApiProperty({ required: false })
  @Matches(/(Z|[+-][0-9]{2}:[0-9]{2})$/, { message: 'LastChangeTimeSince must match (Z|[+-][0-9]{2}:[0-9]{2})$' })
  @IsContractFormat('date-time', { message: 'LastChangeTimeSince must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'LastChangeTimeSince must be a string' })
  @ValidateIf((o) => o["LastChangeTimeSince"] !== undefined)
  LastChangeTimeSince?: string;

  @ApiProperty({ required: false })
  @Matches(/(Z|[+-][0-9]{2}:[0-9]{2})$/, { message: 'LastChangeTimeBefore must match (Z|[+-][0-9]{2}:[0-9]{2})$' })
  @IsContractFormat('date-time', { message: 'LastChangeTimeBefore must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'LastChangeTimeBefore must be a string' })
  @ValidateIf((o) => o["LastChangeTimeBefore"] !== undefined)
  LastChangeTimeBefore?: string;

  @ApiProperty({ required: false })
  @Max(100000, { message: 'Page must be at most 100000' })
  @Min(1, { message: 'Page must be at least 1' })
  @IsInt({ message: 'Page must be an integer' })
  @ValidateIf((o) => o["Page"] !== undefined)
  Page?: number;

  @ApiProperty({ required: false })
  @Max(100, { message: 'PageSize must be at most 100' })
  @Min(1, { message: 'PageSize must be at least 1' })
  @IsInt({ message: 'PageSize must be an integer' })
  @ValidateIf((o) => o["PageSize"] !== undefined)
  PageSize?: number;
}

/** The path parameters of revokeAccommodation. */
export class RevokeAccommodationPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class RevokeAccommodationRequest {
  @ApiProperty({ required: false })
  @MaxLength(60, { message: 'Type must be at most 60 characters' })
  @IsString({ message: 'Type must be a string' })
  @ValidateIf((o) => o["Type"] !== undefined)
  Type?: string;
}

export class ScrapPaperEntry {
  @ApiProperty({ required: true })
  @IsInt({ message: 'Seat must be an integer' })
  @IsDefined({ message: 'Seat is required' })
  Seat!: number;

  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'Registration must be a UUID' })
  @IsString({ message: 'Registration must be a string' })
  @IsDefined({ message: 'Registration is required' })
  Registration!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'LearnerName must be a string' })
  @IsDefined({ message: 'LearnerName is required' })
  LearnerName!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'LearnerCode must be a string' })
  @IsOptional()
  LearnerCode!: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'Assessment must be a string' })
  @IsOptional()
  Assessment!: string | null;

  @ApiProperty({ required: true })
  @Type(() => Accommodation)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Accommodations must be a JSON object' })
  @IsArray({ message: 'Accommodations must be an array' })
  @IsDefined({ message: 'Accommodations is required' })
  Accommodations!: Array<Accommodation>;
}

export class ScrapPaper {
  @ApiProperty({ required: true })
  @Type(() => Event)
  @ValidateNested()
  @IsObject({ message: 'Event must be a JSON object' })
  @IsDefined({ message: 'Event is required' })
  Event!: Event;

  @ApiProperty({ required: true })
  @Type(() => ScrapPaperEntry)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of Entries must be a JSON object' })
  @IsArray({ message: 'Entries must be an array' })
  @IsDefined({ message: 'Entries is required' })
  Entries!: Array<ScrapPaperEntry>;
}

/** The path parameters of transferLax. */
export class TransferLaxPath {
  @ApiProperty({ required: true, description: "The registration identifier, chosen by the caller." })
  @IsContractFormat('uuid', { message: 'registration must be a UUID' })
  @IsString({ message: 'registration must be a string' })
  @IsDefined({ message: 'registration is required' })
  registration!: string;
}

export class TransferLaxRequest {
  @ApiProperty({ required: false })
  @IsContractFormat('uuid', { message: 'EventVenue must be a UUID' })
  @IsString({ message: 'EventVenue must be a string' })
  @ValidateIf((o) => o["EventVenue"] !== undefined)
  EventVenue?: string;

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'EventStart must be at most 40 characters' })
  @IsString({ message: 'EventStart must be a string' })
  @ValidateIf((o) => o["EventStart"] !== undefined)
  EventStart?: string;

  @ApiProperty({ required: false })
  @IsIn(["Academic","GeneralTraining","LifeSkills","UKVI"], { message: 'Invalid EventExamType value.' })
  @ValidateIf((o) => o["EventExamType"] !== undefined)
  EventExamType?: "Academic" | "GeneralTraining" | "LifeSkills" | "UKVI";

  @ApiProperty({ required: false })
  @IsContractFormat('uuid', { message: 'Learner must be a UUID' })
  @IsString({ message: 'Learner must be a string' })
  @ValidateIf((o) => o["Learner"] !== undefined)
  Learner?: string;

  @ApiProperty({ required: false })
  @MaxLength(500, { message: 'Reason must be at most 500 characters' })
  @IsString({ message: 'Reason must be a string' })
  @ValidateIf((o) => o["Reason"] !== undefined)
  Reason?: string;
}

export class VenueInput {
  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'Name must be at most 200 characters' })
  @MinLength(1, { message: 'Name must be at least 1 characters' })
  @IsString({ message: 'Name must be a string' })
  @IsDefined({ message: 'Name is required' })
  Name!: string;

  @ApiProperty({ required: true, description: "The code of the organisation the venue belongs to." })
  @MaxLength(40, { message: 'Organization must be at most 40 characters' })
  @IsString({ message: 'Organization must be a string' })
  @IsDefined({ message: 'Organization is required' })
  Organization!: string;
}
