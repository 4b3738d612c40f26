// Generated from openapi/events.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat, toIntegerParameter } from '../../contract/validators.js';

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

export class CandidateResultStatus {
  @ApiProperty({ required: true })
  @Matches(/^(01|02|04)$/, { message: 'businessStreamId must match ^(01|02|04)$' })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'sessionId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{4,6}$/, { message: 'centreId must match ^[0-9A-Z]{4,6}$' })
  @IsString({ message: 'centreId must be a string' })
  @IsDefined({ message: 'centreId is required' })
  centreId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'candidateNumber must match ^[0-9]{1,6}$' })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsIn(["Pending","Issued","Withheld","Cancelled"], { message: 'resultStatus must be one of: Pending, Issued, Withheld, Cancelled' })
  @IsDefined({ message: 'resultStatus is required' })
  resultStatus!: "Pending" | "Issued" | "Withheld" | "Cancelled";

  @ApiProperty({ required: true })
  @IsString({ message: 'grade must be a string' })
  @IsOptional()
  grade!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'issuedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'issuedAt must be a string' })
  @IsOptional()
  issuedAt!: string | null;
}

export class CandidateResultEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["results.result.issued"], { message: 'type must be one of: results.result.issued' })
  @IsDefined({ message: 'type is required' })
  type!: "results.result.issued";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => CandidateResultStatus)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: CandidateResultStatus;
}

/** The path parameters of deleteWebhookEndpoint. */
export class DeleteWebhookEndpointPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

export class ResultEnquiryStatusHistory {
  @ApiProperty({ required: true })
  @IsString({ message: 'status must be a string' })
  @IsDefined({ message: 'status is required' })
  status!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'at must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'at must be a string' })
  @IsDefined({ message: 'at is required' })
  at!: string;
}

export class ResultEnquiryStatus {
  @ApiProperty({ required: true })
  @Matches(/^(01|02|04)$/, { message: 'businessStreamId must match ^(01|02|04)$' })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'sessionId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{4,6}$/, { message: 'centreId must match ^[0-9A-Z]{4,6}$' })
  @IsString({ message: 'centreId must be a string' })
  @IsDefined({ message: 'centreId is required' })
  centreId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'candidateNumber must match ^[0-9]{1,6}$' })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'enquiryReference must be a string' })
  @IsDefined({ message: 'enquiryReference is required' })
  enquiryReference!: string;

  @ApiProperty({ required: true })
  @IsIn(["ClericalRecheck","Review","PriorityReview","ScriptCopy"], { message: 'serviceType must be one of: ClericalRecheck, Review, PriorityReview, ScriptCopy' })
  @IsDefined({ message: 'serviceType is required' })
  serviceType!: "ClericalRecheck" | "Review" | "PriorityReview" | "ScriptCopy";

  @ApiProperty({ required: true })
  @IsIn(["Received","InProgress","Completed","GradeChanged","Withdrawn"], { message: 'status must be one of: Received, InProgress, Completed, GradeChanged, Withdrawn' })
  @IsDefined({ message: 'status is required' })
  status!: "Received" | "InProgress" | "Completed" | "GradeChanged" | "Withdrawn";

  @ApiProperty({ required: true })
  @Type(() => ResultEnquiryStatusHistory)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of history must be a JSON object' })
  @IsArray({ message: 'history must be an array' })
  @IsDefined({ message: 'history is required' })
  history!: Array<ResultEnquiryStatusHistory>;
}

export class EnquiryEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["results.enquiry.updated"], { message: 'type must be one of: results.enquiry.updated' })
  @IsDefined({ message: 'type is required' })
  type!: "results.enquiry.updated";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => ResultEnquiryStatus)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: ResultEnquiryStatus;
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

export class EventDelivery {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'id must be a UUID' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'eventId must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'eventId must be a string' })
  @IsDefined({ message: 'eventId is required' })
  eventId!: string;

  @ApiProperty({ required: true })
  @IsIn(["ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { message: 'eventType must be one of: ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @IsDefined({ message: 'eventType is required' })
  eventType!: "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled";

  @ApiProperty({ required: true })
  @IsIn(["pending","delivered","failed"], { message: 'status must be one of: pending, delivered, failed' })
  @IsDefined({ message: 'status is required' })
  status!: "pending" | "delivered" | "failed";

  @ApiProperty({ required: true })
  @IsInt({ message: 'attempts must be an integer' })
  @IsDefined({ message: 'attempts is required' })
  attempts!: number;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'nextAttemptAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'nextAttemptAt must be a string' })
  @IsOptional()
  nextAttemptAt!: string | null;

  @ApiProperty({ required: true })
  @IsInt({ message: 'lastStatusCode must be an integer' })
  @IsOptional()
  lastStatusCode!: number | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'lastError must be a string' })
  @IsOptional()
  lastError!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'deliveredAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'deliveredAt must be a string' })
  @IsOptional()
  deliveredAt!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;
}

export class EventDeliveryList {
  @ApiProperty({ required: true })
  @Type(() => EventDelivery)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of data must be a JSON object' })
  @IsArray({ message: 'data must be an array' })
  @IsDefined({ message: 'data is required' })
  data!: Array<EventDelivery>;
}

/** An event in the feed. `data` is the resource as its own API answers it; see `webhooks` for each type's. */
export class EventEnvelope {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { message: 'type must be one of: ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @IsDefined({ message: 'type is required' })
  type!: "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled";

  @ApiProperty({ required: true, description: "When the change happened." })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: Record<string, unknown>;
}

export class EventPage {
  @ApiProperty({ required: true })
  @Type(() => EventEnvelope)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of data must be a JSON object' })
  @IsArray({ message: 'data must be an array' })
  @IsDefined({ message: 'data is required' })
  data!: Array<EventEnvelope>;

  @ApiProperty({ required: true, description: "More events are there already; ask again with `next_cursor` at once." })
  @IsBoolean({ message: 'has_more must be true or false' })
  @IsDefined({ message: 'has_more is required' })
  has_more!: boolean;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,18}\.[0-9]{1,18}$/, { message: 'next_cursor must match ^[0-9]{1,18}\\.[0-9]{1,18}$' })
  @IsString({ message: 'next_cursor must be a string' })
  @IsDefined({ message: 'next_cursor is required' })
  next_cursor!: string;
}

export class ExamEventEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["booking.event.cancelled"], { message: 'type must be one of: booking.event.cancelled' })
  @IsDefined({ message: 'type is required' })
  type!: "booking.event.cancelled";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => Event)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: Event;
}

/** The path parameters of getFeedEvent. */
export class GetFeedEventPath {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'eventId must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'eventId must be a string' })
  @IsDefined({ message: 'eventId is required' })
  eventId!: string;
}

/** The path parameters of getWebhookEndpoint. */
export class GetWebhookEndpointPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
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

export class Photo {
  @ApiProperty({ required: true, description: "The candidate photo, base64." })
  @IsString({ message: 'data must be a string' })
  @IsDefined({ message: 'data is required' })
  data!: string;
}

/** One Test Report Form as shared with this RO. Field names and formats follow the original API */
export class IeltsResult {
  @ApiProperty({ required: true })
  @IsString({ message: 'roName must be a string' })
  @IsDefined({ message: 'roName is required' })
  roName!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'roId must be a string' })
  @IsDefined({ message: 'roId is required' })
  roId!: string;

  @ApiProperty({ required: true, description: "The candidate's identity document number." })
  @IsString({ message: 'candidateId must be a string' })
  @IsDefined({ message: 'candidateId is required' })
  candidateId!: string;

  @ApiProperty({ required: false })
  @IsString({ message: 'idType must be a string' })
  @IsOptional()
  idType?: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'centreNumber must be a string' })
  @IsDefined({ message: 'centreNumber is required' })
  centreNumber!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{8}$/, { message: 'testDate must match ^[0-9]{8}$' })
  @IsString({ message: 'testDate must be a string' })
  @IsDefined({ message: 'testDate is required' })
  testDate!: string;

  @ApiProperty({ required: true })
  @IsIn(["Academic","General Training"], { message: 'module must be one of: Academic, General Training' })
  @IsDefined({ message: 'module is required' })
  module!: "Academic" | "General Training";

  @ApiProperty({ required: true })
  @IsString({ message: 'familyName must be a string' })
  @IsDefined({ message: 'familyName is required' })
  familyName!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'firstName must be a string' })
  @IsDefined({ message: 'firstName is required' })
  firstName!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{8}$/, { message: 'dateOfBirth must match ^[0-9]{8}$' })
  @IsString({ message: 'dateOfBirth must be a string' })
  @IsDefined({ message: 'dateOfBirth is required' })
  dateOfBirth!: string;

  @ApiProperty({ required: true })
  @IsIn(["M","F","U"], { message: 'gender must be one of: M, F, U' })
  @IsDefined({ message: 'gender is required' })
  gender!: "M" | "F" | "U";

  @ApiProperty({ required: false, description: "Country code from the country table (alpha-3, or 0, UNK, XXX, XKX)." })
  @IsString({ message: 'nationality must be a string' })
  @IsOptional()
  nationality?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'countryOfOrigin must be a string' })
  @IsOptional()
  countryOfOrigin?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'firstLanguage must be a string' })
  @IsOptional()
  firstLanguage?: string | null;

  @ApiProperty({ required: true })
  @Matches(/^([0-8]\.(00|50)|9\.00)$/, { message: 'listeningScore must match ^([0-8]\\.(00|50)|9\\.00)$' })
  @IsString({ message: 'listeningScore must be a string' })
  @IsDefined({ message: 'listeningScore is required' })
  listeningScore!: string;

  @ApiProperty({ required: true })
  @Matches(/^([0-8]\.(00|50)|9\.00)$/, { message: 'readingScore must match ^([0-8]\\.(00|50)|9\\.00)$' })
  @IsString({ message: 'readingScore must be a string' })
  @IsDefined({ message: 'readingScore is required' })
  readingScore!: string;

  @ApiProperty({ required: true })
  @Matches(/^([0-8]\.(00|50)|9\.00)$/, { message: 'writingScore must match ^([0-8]\\.(00|50)|9\\.00)$' })
  @IsString({ message: 'writingScore must be a string' })
  @IsDefined({ message: 'writingScore is required' })
  writingScore!: string;

  @ApiProperty({ required: true })
  @Matches(/^([0-8]\.(00|50)|9\.00)$/, { message: 'speakingScore must match ^([0-8]\\.(00|50)|9\\.00)$' })
  @IsString({ message: 'speakingScore must be a string' })
  @IsDefined({ message: 'speakingScore is required' })
  speakingScore!: string;

  @ApiProperty({ required: true })
  @Matches(/^([0-8]\.(00|50)|9\.00)$/, { message: 'overallBandScore must match ^([0-8]\\.(00|50)|9\\.00)$' })
  @IsString({ message: 'overallBandScore must be a string' })
  @IsDefined({ message: 'overallBandScore is required' })
  overallBandScore!: string;

  @ApiProperty({ required: false })
  @IsIn(["A1","A2","B1","B2","C1","C2"], { message: 'cefrLevel must be one of: A1, A2, B1, B2, C1, C2' })
  @IsOptional()
  cefrLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;

  @ApiProperty({ required: false })
  @IsString({ message: 'telephone must be a string' })
  @IsOptional()
  telephone?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'postalAddress must be a string' })
  @IsOptional()
  postalAddress?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'addressLine1 must be a string' })
  @IsOptional()
  addressLine1?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'addressLine2 must be a string' })
  @IsOptional()
  addressLine2?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'addressLine3 must be a string' })
  @IsOptional()
  addressLine3?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'addressLine4 must be a string' })
  @IsOptional()
  addressLine4?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'region must be a string' })
  @IsOptional()
  region?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'town must be a string' })
  @IsOptional()
  town?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'postCode must be a string' })
  @IsOptional()
  postCode?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'country must be a string' })
  @IsOptional()
  country?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'countryCode must be a string' })
  @IsOptional()
  countryCode?: string | null;

  @ApiProperty({ required: false })
  @IsString({ message: 'candidateEmail must be a string' })
  @IsOptional()
  candidateEmail?: string | null;

  @ApiProperty({ required: false })
  @Type(() => Photo)
  @ValidateNested()
  @IsObject({ message: 'photo must be a JSON object' })
  @ValidateIf((o) => o["photo"] !== undefined)
  photo?: Photo;

  @ApiProperty({ required: false })
  @IsIn(["JPEG"], { message: 'photoMediaType must be one of: JPEG' })
  @ValidateIf((o) => o["photoMediaType"] !== undefined)
  photoMediaType?: "JPEG";

  @ApiProperty({ required: true })
  @IsIn(["RELEASED","REMARKED","CORRECTED","CANCELLED","WITHHELD"], { message: 'status must be one of: RELEASED, REMARKED, CORRECTED, CANCELLED, WITHHELD' })
  @IsDefined({ message: 'status is required' })
  status!: "RELEASED" | "REMARKED" | "CORRECTED" | "CANCELLED" | "WITHHELD";

  @ApiProperty({ required: true, description: "When this result last changed as this RO sees it (shared, remarked, corrected, cancelled)." })
  @IsContractFormat('date-time', { message: 'lastModifiedDate must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'lastModifiedDate must be a string' })
  @IsDefined({ message: 'lastModifiedDate is required' })
  lastModifiedDate!: string;

  @ApiProperty({ required: false, description: "With `OSRFlag=Y`, the skill retaken in a One Skill Retake; null when this is no OSR result." })
  @IsIn(["Listening","Reading","Writing","Speaking"], { message: 'osrSkill must be one of: Listening, Reading, Writing, Speaking' })
  @IsOptional()
  osrSkill?: "Listening" | "Reading" | "Writing" | "Speaking" | null;

  @ApiProperty({ required: false, description: "With `OSRFlag=Y`, the date of the One Skill Retake test." })
  @Matches(/^[0-9]{8}$/, { message: 'osrTestDate must match ^[0-9]{8}$' })
  @IsString({ message: 'osrTestDate must be a string' })
  @IsOptional()
  osrTestDate?: string | null;

  @ApiProperty({ required: false, description: "With `OSRFlag=Y`, the TRF number of the original test whose skill was retaken." })
  @IsString({ message: 'osrOriginalTrfNumber must be a string' })
  @IsOptional()
  osrOriginalTrfNumber?: string | null;
}

export class IeltsResultEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["ielts.result.shared","ielts.result.updated","ielts.result.cancelled"], { message: 'type must be one of: ielts.result.shared, ielts.result.updated, ielts.result.cancelled' })
  @IsDefined({ message: 'type is required' })
  type!: "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => IeltsResult)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: IeltsResult;
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

/** The path parameters of listEventDeliveries. */
export class ListEventDeliveriesPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

/** The query parameters of listEventDeliveries. */
export class ListEventDeliveriesQuery {
  @ApiProperty({ required: false })
  @IsIn(["pending","delivered","failed"], { message: 'status must be one of: pending, delivered, failed' })
  @ValidateIf((o) => o["status"] !== undefined)
  status?: "pending" | "delivered" | "failed";

  @ApiProperty({ required: false })
  @Max(500, { message: 'limit must be at most 500' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number = 100;
}

/** The query parameters of listEventFeed. */
export class ListEventFeedQuery {
  @ApiProperty({ required: false, description: "The `next_cursor` of the previous page; none, or `0.0`, starts at the oldest event kept." })
  @Matches(/^[0-9]{1,18}\.[0-9]{1,18}$/, { message: 'after must match ^[0-9]{1,18}\\.[0-9]{1,18}$' })
  @IsString({ message: 'after must be a string' })
  @ValidateIf((o) => o["after"] !== undefined)
  after?: string;

  @ApiProperty({ required: false, description: "Events per page, at most 500." })
  @Max(500, { message: 'limit must be at most 500' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number = 100;

  @ApiProperty({ required: false, description: "Only events of this type. The cursor still advances past events of other types." })
  @IsIn(["ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { message: 'type must be one of: ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @ValidateIf((o) => o["type"] !== undefined)
  type?: "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled";
}

export class PingEventData {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

export class PingEvent {
  @ApiProperty({ required: true })
  @Matches(/^ping_[0-9a-f]{32}$/, { message: 'id must match ^ping_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["webhook.ping"], { message: 'type must be one of: webhook.ping' })
  @IsDefined({ message: 'type is required' })
  type!: "webhook.ping";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => PingEventData)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: PingEventData;
}

export class PingOutcome {
  @ApiProperty({ required: true })
  @IsBoolean({ message: 'delivered must be true or false' })
  @IsDefined({ message: 'delivered is required' })
  delivered!: boolean;

  @ApiProperty({ required: true })
  @IsInt({ message: 'statusCode must be an integer' })
  @IsOptional()
  statusCode!: number | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'error must be a string' })
  @IsOptional()
  error!: string | null;

  @ApiProperty({ required: true })
  @IsInt({ message: 'durationMs must be an integer' })
  @IsDefined({ message: 'durationMs is required' })
  durationMs!: number;
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

export class RegistrationEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["booking.registration.created","booking.registration.transferred","booking.registration.cancelled"], { message: 'type must be one of: booking.registration.created, booking.registration.transferred, booking.registration.cancelled' })
  @IsDefined({ message: 'type is required' })
  type!: "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => Registration)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: Registration;
}

/** The path parameters of resendEventDelivery. */
export class ResendEventDeliveryPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'deliveryId must be a UUID' })
  @IsString({ message: 'deliveryId must be a string' })
  @IsDefined({ message: 'deliveryId is required' })
  deliveryId!: string;
}

/** The path parameters of resendEvents. */
export class ResendEventsPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

export class ResendOutcome {
  @ApiProperty({ required: true })
  @IsInt({ message: 'queued must be an integer' })
  @IsDefined({ message: 'queued is required' })
  queued!: number;
}

export class ResendRequest {
  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'since must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'since must be a string' })
  @IsDefined({ message: 'since is required' })
  since!: string;
}

/** The path parameters of rotateWebhookSecret. */
export class RotateWebhookSecretPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

/** A centre's script request whose pages can now be downloaded (`getScriptPdf`), with the candidate it is for. */
export class ScriptReady {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'scriptRequestId must be a UUID' })
  @IsString({ message: 'scriptRequestId must be a string' })
  @IsDefined({ message: 'scriptRequestId is required' })
  scriptRequestId!: string;

  @ApiProperty({ required: true })
  @IsIn(["Fulfilled"], { message: 'status must be one of: Fulfilled' })
  @IsDefined({ message: 'status is required' })
  status!: "Fulfilled";

  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { each: true, message: 'each of docStorePageIds must be a UUID' })
  @IsString({ each: true, message: 'each of docStorePageIds must be a string' })
  @IsArray({ message: 'docStorePageIds must be an array' })
  @IsDefined({ message: 'docStorePageIds is required' })
  docStorePageIds!: Array<string>;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'centreId must be a string' })
  @IsDefined({ message: 'centreId is required' })
  centreId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;
}

export class ScriptReadyEvent {
  @ApiProperty({ required: true })
  @Matches(/^evt_[0-9a-f]{32}$/, { message: 'id must match ^evt_[0-9a-f]{32}$' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsIn(["results.script.ready"], { message: 'type must be one of: results.script.ready' })
  @IsDefined({ message: 'type is required' })
  type!: "results.script.ready";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'timestamp must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'timestamp must be a string' })
  @IsDefined({ message: 'timestamp is required' })
  timestamp!: string;

  @ApiProperty({ required: true })
  @Type(() => ScriptReady)
  @ValidateNested()
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: ScriptReady;
}

export class SecretRotation {
  @ApiProperty({ required: false, description: "How long the previous secret keeps signing beside the new one (at most 7 days)." })
  @Max(604800, { message: 'overlapSeconds must be at most 604800' })
  @Min(0, { message: 'overlapSeconds must be at least 0' })
  @IsInt({ message: 'overlapSeconds must be an integer' })
  @ValidateIf((o) => o["overlapSeconds"] !== undefined)
  overlapSeconds?: number = 86400;
}

/** The path parameters of testWebhookEndpoint. */
export class TestWebhookEndpointPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

/** The path parameters of updateWebhookEndpoint. */
export class UpdateWebhookEndpointPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'endpointId must be a UUID' })
  @IsString({ message: 'endpointId must be a string' })
  @IsDefined({ message: 'endpointId is required' })
  endpointId!: string;
}

export class WebhookEndpoint {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'id must be a UUID' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'url must be a string' })
  @IsDefined({ message: 'url is required' })
  url!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'description must be a string' })
  @IsOptional()
  description!: string | null;

  @ApiProperty({ required: true })
  @IsIn(["*","ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { each: true, message: 'each of events must be one of: *, ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @IsArray({ message: 'events must be an array' })
  @IsDefined({ message: 'events is required' })
  events!: Array<"*" | "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled">;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'enabled must be true or false' })
  @IsDefined({ message: 'enabled is required' })
  enabled!: boolean;

  @ApiProperty({ required: true, description: "`failing` since a delivery failed and none has succeeded since; `disabled` when turned off, by you or after deliveries failed for good." })
  @IsIn(["active","failing","disabled"], { message: 'status must be one of: active, failing, disabled' })
  @IsDefined({ message: 'status is required' })
  status!: "active" | "failing" | "disabled";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'failingSince must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'failingSince must be a string' })
  @IsOptional()
  failingSince!: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'disabledReason must be a string' })
  @IsOptional()
  disabledReason!: string | null;

  @ApiProperty({ required: true, description: "While rotating, when the previous secret stops signing." })
  @IsContractFormat('date-time', { message: 'previousSecretExpiresAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'previousSecretExpiresAt must be a string' })
  @IsOptional()
  previousSecretExpiresAt!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'updatedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'updatedAt must be a string' })
  @IsDefined({ message: 'updatedAt is required' })
  updatedAt!: string;
}

export class WebhookEndpointChange {
  @ApiProperty({ required: false, description: "An https:// URL whose host resolves, within the server's DNS deadline, to public addresses only (http:// and private addresses where the server allows them); asked again at each delivery." })
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  @IsContractFormat('uri', { message: 'url must be an absolute http(s) URL' })
  @IsString({ message: 'url must be a string' })
  @ValidateIf((o) => o["url"] !== undefined)
  url?: string;

  @ApiProperty({ required: false })
  @IsIn(["*","ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { each: true, message: 'each of events must be one of: *, ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @ArrayMaxSize(20, { message: 'events must hold at most 20 items' })
  @ArrayMinSize(1, { message: 'events must hold at least 1 item(s)' })
  @IsArray({ message: 'events must be an array' })
  @ValidateIf((o) => o["events"] !== undefined)
  events?: Array<"*" | "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled">;

  @ApiProperty({ required: false })
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  @IsString({ message: 'description must be a string' })
  @IsOptional()
  description?: string | null;

  @ApiProperty({ required: false })
  @IsBoolean({ message: 'enabled must be true or false' })
  @ValidateIf((o) => o["enabled"] !== undefined)
  enabled?: boolean;
}

export class WebhookEndpointInput {
  @ApiProperty({ required: true, description: "An https:// URL whose host resolves, within the server's DNS deadline, to public addresses only (http:// and private addresses where the server allows them); asked again at each delivery." })
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  @IsContractFormat('uri', { message: 'url must be an absolute http(s) URL' })
  @IsString({ message: 'url must be a string' })
  @IsDefined({ message: 'url is required' })
  url!: string;

  @ApiProperty({ required: true })
  @IsIn(["*","ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { each: true, message: 'each of events must be one of: *, ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @ArrayMaxSize(20, { message: 'events must hold at most 20 items' })
  @ArrayMinSize(1, { message: 'events must hold at least 1 item(s)' })
  @IsArray({ message: 'events must be an array' })
  @IsDefined({ message: 'events is required' })
  events!: Array<"*" | "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled">;

  @ApiProperty({ required: false })
  @MaxLength(500, { message: 'description must be at most 500 characters' })
  @IsString({ message: 'description must be a string' })
  @ValidateIf((o) => o["description"] !== undefined)
  description?: string;
}

export class WebhookEndpointList {
  @ApiProperty({ required: true })
  @Type(() => WebhookEndpoint)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of data must be a JSON object' })
  @IsArray({ message: 'data must be an array' })
  @IsDefined({ message: 'data is required' })
  data!: Array<WebhookEndpoint>;
}

export class WebhookEndpointWithSecret {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'id must be a UUID' })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'url must be a string' })
  @IsDefined({ message: 'url is required' })
  url!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'description must be a string' })
  @IsOptional()
  description!: string | null;

  @ApiProperty({ required: true })
  @IsIn(["*","ielts.result.shared","ielts.result.updated","ielts.result.cancelled","results.result.issued","results.enquiry.updated","results.script.ready","booking.registration.created","booking.registration.transferred","booking.registration.cancelled","booking.event.cancelled"], { each: true, message: 'each of events must be one of: *, ielts.result.shared, ielts.result.updated, ielts.result.cancelled, results.result.issued, results.enquiry.updated, results.script.ready, booking.registration.created, booking.registration.transferred, booking.registration.cancelled, booking.event.cancelled' })
  @IsArray({ message: 'events must be an array' })
  @IsDefined({ message: 'events is required' })
  events!: Array<"*" | "ielts.result.shared" | "ielts.result.updated" | "ielts.result.cancelled" | "results.result.issued" | "results.enquiry.updated" | "results.script.ready" | "booking.registration.created" | "booking.registration.transferred" | "booking.registration.cancelled" | "booking.event.cancelled">;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'enabled must be true or false' })
  @IsDefined({ message: 'enabled is required' })
  enabled!: boolean;

  @ApiProperty({ required: true })
  @IsIn(["active","failing","disabled"], { message: 'status must be one of: active, failing, disabled' })
  @IsDefined({ message: 'status is required' })
  status!: "active" | "failing" | "disabled";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'failingSince must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'failingSince must be a string' })
  @IsOptional()
  failingSince!: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'disabledReason must be a string' })
  @IsOptional()
  disabledReason!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'previousSecretExpiresAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'previousSecretExpiresAt must be a string' })
  @IsOptional()
  previousSecretExpiresAt!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'updatedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'updatedAt must be a string' })
  @IsDefined({ message: 'updatedAt is required' })
  updatedAt!: string;

  @ApiProperty({ required: true, description: "The signing secret, shown this once." })
  @Matches(/^whsec_[A-Za-z0-9+\/]{43}=$/, { message: 'secret must match ^whsec_[A-Za-z0-9+/]{43}=$' })
  @IsString({ message: 'secret must be a string' })
  @IsDefined({ message: 'secret is required' })
  secret!: string;
}
