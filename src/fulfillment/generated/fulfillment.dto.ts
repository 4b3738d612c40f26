// Generated from openapi/fulfillment.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat, fromJsonString, toBooleanParameter, toIntegerParameter } from '../../contract/validators.js';

export class ApiKey {
  @ApiProperty({ required: true })
  @IsString({ message: 'keyId must be a string' })
  @IsDefined({ message: 'keyId is required' })
  keyId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'lastUsedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'lastUsedAt must be a string' })
  @IsOptional()
  lastUsedAt!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'revokedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'revokedAt must be a string' })
  @IsOptional()
  revokedAt!: string | null;
}

export class ApiKeyList {
  @ApiProperty({ required: true })
  @Type(() => ApiKey)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of keys must be a JSON object' })
  @IsArray({ message: 'keys must be an array' })
  @IsDefined({ message: 'keys is required' })
  keys!: Array<ApiKey>;
}

export class ApiKeyRequest {
  @ApiProperty({ required: true })
  @Matches(/^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$/, { message: 'productCode must match ^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$' })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;
}

export class ApiKeyWithSecret {
  @ApiProperty({ required: true })
  @IsString({ message: 'keyId must be a string' })
  @IsDefined({ message: 'keyId is required' })
  keyId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;

  @ApiProperty({ required: true, description: "Shown in this answer only." })
  @IsString({ message: 'secret must be a string' })
  @IsDefined({ message: 'secret is required' })
  secret!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;
}

/** The query parameters of exportAvailableTests. */
export class ExportAvailableTestsQuery {
  @ApiProperty({ required: false })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/, { message: 'testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$' })
  @IsString({ message: 'testType must be a string' })
  @ValidateIf((o) => o["testType"] !== undefined)
  testType?: string;
}

/** For `STX-` codes, the e-mail queued to the candidate (sent from a durable outbox). */
export class FulfilmentEmail {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'messageId must be a UUID' })
  @IsString({ message: 'messageId must be a string' })
  @IsDefined({ message: 'messageId is required' })
  messageId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'to must be a string' })
  @IsDefined({ message: 'to is required' })
  to!: string;

  @ApiProperty({ required: true })
  @IsString({ each: true, message: 'each of bcc must be a string' })
  @IsArray({ message: 'bcc must be an array' })
  @IsDefined({ message: 'bcc is required' })
  bcc!: Array<string>;

  @ApiProperty({ required: true })
  @IsIn(["queued","sent","dead"], { message: 'status must be one of: queued, sent, dead' })
  @IsDefined({ message: 'status is required' })
  status!: "queued" | "sent" | "dead";
}

export class Fulfilment {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'fulfilmentId must be a UUID' })
  @IsString({ message: 'fulfilmentId must be a string' })
  @IsDefined({ message: 'fulfilmentId is required' })
  fulfilmentId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true, description: "The password the candidate signs in with." })
  @IsString({ message: 'password must be a string' })
  @IsDefined({ message: 'password is required' })
  password!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: true })
  @IsIn(["GTX","STX"], { message: 'delivery must be one of: GTX, STX' })
  @IsDefined({ message: 'delivery is required' })
  delivery!: "GTX" | "STX";

  @ApiProperty({ required: true, description: "`sale` when the test ID was created for this fulfilment." })
  @IsIn(["inventory","sale"], { message: 'source must be one of: inventory, sale' })
  @IsDefined({ message: 'source is required' })
  source!: "inventory" | "sale";

  @ApiProperty({ required: true })
  @IsIn(["Ready","Started","Finished","Review","Technical Difficulty","Invalidated","Completed","Disabled"], { message: 'status must be one of: Ready, Started, Finished, Review, Technical Difficulty, Invalidated, Completed, Disabled' })
  @IsDefined({ message: 'status is required' })
  status!: "Ready" | "Started" | "Finished" | "Review" | "Technical Difficulty" | "Invalidated" | "Completed" | "Disabled";

  @ApiProperty({ required: true })
  @IsObject({ message: 'assignedTo must be a JSON object' })
  @IsOptional()
  assignedTo!: Record<string, unknown> | null;

  @ApiProperty({ required: true })
  @IsObject({ message: 'registration must be a JSON object' })
  @IsOptional()
  registration!: Record<string, unknown> | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'track must be a string' })
  @IsOptional()
  track!: string | null;

  @ApiProperty({ required: true, description: "Where the candidate takes the test." })
  @IsString({ message: 'testUrl must be a string' })
  @IsDefined({ message: 'testUrl is required' })
  testUrl!: string;

  @ApiProperty({ required: true, description: "The test instructions for the candidate." })
  @IsString({ message: 'instructions must be a string' })
  @IsDefined({ message: 'instructions is required' })
  instructions!: string;

  @ApiProperty({ required: true, description: "For `STX-` codes, the e-mail queued to the candidate (sent from a durable outbox)." })
  @Type(() => FulfilmentEmail)
  @ValidateNested()
  @IsObject({ message: 'email must be a JSON object' })
  @IsOptional()
  email!: FulfilmentEmail | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'createdAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'createdAt must be a string' })
  @IsDefined({ message: 'createdAt is required' })
  createdAt!: string;
}

export class FulfilmentEmailState {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'fulfilmentId must be a UUID' })
  @IsString({ message: 'fulfilmentId must be a string' })
  @IsDefined({ message: 'fulfilmentId is required' })
  fulfilmentId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true, description: "The `email.messageId` of the obtainTestId answer." })
  @IsContractFormat('uuid', { message: 'messageId must be a UUID' })
  @IsString({ message: 'messageId must be a string' })
  @IsDefined({ message: 'messageId is required' })
  messageId!: string;

  @ApiProperty({ required: true, description: "The candidate's address." })
  @IsString({ message: 'to must be a string' })
  @IsDefined({ message: 'to is required' })
  to!: string;

  @ApiProperty({ required: true, description: "The copy the request asked for (the platform's archive copy is not listed)." })
  @IsString({ each: true, message: 'each of bcc must be a string' })
  @IsArray({ message: 'bcc must be an array' })
  @IsDefined({ message: 'bcc is required' })
  bcc!: Array<string>;

  @ApiProperty({ required: true })
  @IsIn(["queued","sent","dead"], { message: 'status must be one of: queued, sent, dead' })
  @IsDefined({ message: 'status is required' })
  status!: "queued" | "sent" | "dead";

  @ApiProperty({ required: true, description: "How many times it was handed to the mail server." })
  @Min(0, { message: 'attempts must be at least 0' })
  @IsInt({ message: 'attempts must be an integer' })
  @IsDefined({ message: 'attempts is required' })
  attempts!: number;

  @ApiProperty({ required: true, description: "When the mail server took it for the candidate." })
  @IsContractFormat('date-time', { message: 'sentAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'sentAt must be a string' })
  @IsOptional()
  sentAt!: string | null;

  @ApiProperty({ required: true, description: "The mail server's reply to the last failed attempt or refused address; null when there was none." })
  @MaxLength(1000, { message: 'failure must be at most 1000 characters' })
  @IsString({ message: 'failure must be a string' })
  @IsOptional()
  failure!: string | null;
}

/** The iTEP document's request body; keys are case-sensitive. */
export class FulfilmentRequest {
  @ApiProperty({ required: true })
  @Matches(/^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$/, { message: 'product-code must match ^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$' })
  @IsString({ message: 'product-code must be a string' })
  @IsDefined({ message: 'product-code is required' })
  'product-code'!: string;

  @ApiProperty({ required: false, description: "The candidate's e-mail address; required for `STX-` product codes." })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsContractFormat('email', { message: 'email must be an e-mail address' })
  @IsString({ message: 'email must be a string' })
  @ValidateIf((o) => o["email"] !== undefined)
  email?: string;

  @ApiProperty({ required: false, description: "For `STX-` codes, an address that gets a copy of the candidate's e-mail." })
  @MaxLength(254, { message: 'bcc must be at most 254 characters' })
  @IsContractFormat('email', { message: 'bcc must be an e-mail address' })
  @IsString({ message: 'bcc must be a string' })
  @ValidateIf((o) => o["bcc"] !== undefined)
  bcc?: string;

  @ApiProperty({ required: false, description: "A tracking code assigned by the provider; the test's results are then sent to its webhook endpoint." })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'track must match ^[A-Za-z0-9_-]{1,40}$' })
  @IsString({ message: 'track must be a string' })
  @ValidateIf((o) => o["track"] !== undefined)
  track?: string;

  @ApiProperty({ required: false, description: "Accepted as in the document's example; stored with the fulfilment and not otherwise used." })
  @Max(2147483647, { message: 'sequence must be at most 2147483647' })
  @Min(0, { message: 'sequence must be at least 0' })
  @IsInt({ message: 'sequence must be an integer' })
  @ValidateIf((o) => o["sequence"] !== undefined)
  sequence?: number;

  @ApiProperty({ required: false, description: "Any JSON object, stored in the test's `assigned-to` field; name, e-mail and an identifier of\nyour system are recommended. An `expire` date (`YYYY-MM-DD`) returns the test to the\ninventory with a new password once it has passed without the test being started." })
  @IsObject({ message: 'assigned-to must be a JSON object, or a string holding one' })
  @Transform(({ value }) => fromJsonString(value))
  @ValidateIf((o) => o["assigned-to"] !== undefined)
  'assigned-to'?: Record<string, unknown>;

  @ApiProperty({ required: false, description: "Pre-fills the test's registration form; field names as in the iTEP document (see the operation)." })
  @IsObject({ message: 'registration must be a JSON object, or a string holding one' })
  @Transform(({ value }) => fromJsonString(value))
  @ValidateIf((o) => o["registration"] !== undefined)
  registration?: Record<string, unknown>;
}

/** The path parameters of getFulfilmentEmail. */
export class GetFulfilmentEmailPath {
  @ApiProperty({ required: true, description: "The `fulfilmentId` of the obtainTestId answer." })
  @IsContractFormat('uuid', { message: 'fulfilmentId must be a UUID' })
  @IsString({ message: 'fulfilmentId must be a string' })
  @IsDefined({ message: 'fulfilmentId is required' })
  fulfilmentId!: string;
}

/** The query parameters of importTestsCsv. */
export class ImportTestsCsvQuery {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'organisationCode must match ^[A-Za-z0-9._-]{1,40}$' })
  @IsString({ message: 'organisationCode must be a string' })
  @IsDefined({ message: 'organisationCode is required' })
  organisationCode!: string;
}

export class InventoryCount {
  @ApiProperty({ required: true })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: true })
  @IsIn(["Ready","Started","Finished","Review","Technical Difficulty","Invalidated","Completed","Disabled"], { message: 'status must be one of: Ready, Started, Finished, Review, Technical Difficulty, Invalidated, Completed, Disabled' })
  @IsDefined({ message: 'status is required' })
  status!: "Ready" | "Started" | "Finished" | "Review" | "Technical Difficulty" | "Invalidated" | "Completed" | "Disabled";

  @ApiProperty({ required: true })
  @IsInt({ message: 'total must be an integer' })
  @IsDefined({ message: 'total is required' })
  total!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'available must be an integer' })
  @IsDefined({ message: 'available is required' })
  available!: number;
}

export class InventoryLoadItem {
  @ApiProperty({ required: true })
  @Matches(/^[A-Z0-9]{6,20}$/, { message: 'testId must match ^[A-Z0-9]{6,20}$' })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/, { message: 'testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$' })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: false, description: "A new random one when left out." })
  @Matches(/^[A-Za-z0-9]{6,32}$/, { message: 'password must match ^[A-Za-z0-9]{6,32}$' })
  @IsString({ message: 'password must be a string' })
  @ValidateIf((o) => o["password"] !== undefined)
  password?: string;
}

export class InventoryLoad {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'organisationCode must match ^[A-Za-z0-9._-]{1,40}$' })
  @IsString({ message: 'organisationCode must be a string' })
  @IsDefined({ message: 'organisationCode is required' })
  organisationCode!: string;

  @ApiProperty({ required: true })
  @Type(() => InventoryLoadItem)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of tests must be a JSON object' })
  @ArrayMaxSize(10000, { message: 'tests must hold at most 10000 items' })
  @ArrayMinSize(1, { message: 'tests must hold at least 1 item(s)' })
  @IsArray({ message: 'tests must be an array' })
  @IsDefined({ message: 'tests is required' })
  tests!: Array<InventoryLoadItem>;
}

export class InventoryLoadReportConflicts {
  @ApiProperty({ required: true })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'reason must be a string' })
  @IsDefined({ message: 'reason is required' })
  reason!: string;
}

export class InventoryLoadReport {
  @ApiProperty({ required: true })
  @IsInt({ message: 'inserted must be an integer' })
  @IsDefined({ message: 'inserted is required' })
  inserted!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'updated must be an integer' })
  @IsDefined({ message: 'updated is required' })
  updated!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'unchanged must be an integer' })
  @IsDefined({ message: 'unchanged is required' })
  unchanged!: number;

  @ApiProperty({ required: true })
  @Type(() => InventoryLoadReportConflicts)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of conflicts must be a JSON object' })
  @IsArray({ message: 'conflicts must be an array' })
  @IsDefined({ message: 'conflicts is required' })
  conflicts!: Array<InventoryLoadReportConflicts>;
}

export class InventoryTest {
  @ApiProperty({ required: true })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'password must be a string' })
  @IsDefined({ message: 'password is required' })
  password!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: true })
  @IsIn(["Ready","Started","Finished","Review","Technical Difficulty","Invalidated","Completed","Disabled"], { message: 'status must be one of: Ready, Started, Finished, Review, Technical Difficulty, Invalidated, Completed, Disabled' })
  @IsDefined({ message: 'status is required' })
  status!: "Ready" | "Started" | "Finished" | "Review" | "Technical Difficulty" | "Invalidated" | "Completed" | "Disabled";

  @ApiProperty({ required: true, description: "Ready with nothing in assigned-to." })
  @IsBoolean({ message: 'available must be true or false' })
  @IsDefined({ message: 'available is required' })
  available!: boolean;

  @ApiProperty({ required: true })
  @IsObject({ message: 'assignedTo must be a JSON object' })
  @IsOptional()
  assignedTo!: Record<string, unknown> | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'track must be a string' })
  @IsOptional()
  track!: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'productCode must be a string' })
  @IsOptional()
  productCode!: string | null;

  @ApiProperty({ required: true })
  @IsIn(["inventory","sale"], { message: 'source must be one of: inventory, sale' })
  @IsDefined({ message: 'source is required' })
  source!: "inventory" | "sale";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'assignedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'assignedAt must be a string' })
  @IsOptional()
  assignedAt!: string | null;

  @ApiProperty({ required: true, description: "The assigned-to expiry date (YYYY-MM-DD)." })
  @IsString({ message: 'expiresOn must be a string' })
  @IsOptional()
  expiresOn!: string | null;

  @ApiProperty({ required: true, description: "Overall and per-section levels and scores, once graded." })
  @IsObject({ message: 'scores must be a JSON object' })
  @IsOptional()
  scores!: Record<string, unknown> | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'updatedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'updatedAt must be a string' })
  @IsDefined({ message: 'updatedAt is required' })
  updatedAt!: string;
}

export class InventoryPage {
  @ApiProperty({ required: true })
  @Type(() => InventoryCount)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of counts must be a JSON object' })
  @IsArray({ message: 'counts must be an array' })
  @IsDefined({ message: 'counts is required' })
  counts!: Array<InventoryCount>;

  @ApiProperty({ required: true })
  @Type(() => InventoryTest)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of tests must be a JSON object' })
  @IsArray({ message: 'tests must be an array' })
  @IsDefined({ message: 'tests is required' })
  tests!: Array<InventoryTest>;

  @ApiProperty({ required: true, description: "How many tests match the filters." })
  @IsInt({ message: 'total must be an integer' })
  @IsDefined({ message: 'total is required' })
  total!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'offset must be an integer' })
  @IsDefined({ message: 'offset is required' })
  offset!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'limit must be an integer' })
  @IsDefined({ message: 'limit is required' })
  limit!: number;
}

/** The query parameters of listInventory. */
export class ListInventoryQuery {
  @ApiProperty({ required: false })
  @IsIn(["Ready","Started","Finished","Review","Technical Difficulty","Invalidated","Completed","Disabled"], { message: 'status must be one of: Ready, Started, Finished, Review, Technical Difficulty, Invalidated, Completed, Disabled' })
  @ValidateIf((o) => o["status"] !== undefined)
  status?: "Ready" | "Started" | "Finished" | "Review" | "Technical Difficulty" | "Invalidated" | "Completed" | "Disabled";

  @ApiProperty({ required: false })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/, { message: 'testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$' })
  @IsString({ message: 'testType must be a string' })
  @ValidateIf((o) => o["testType"] !== undefined)
  testType?: string;

  @ApiProperty({ required: false, description: "`true` for available tests only (Ready and not assigned), `false` for the others." })
  @IsBoolean({ message: 'available must be true or false' })
  @Transform(({ value }) => toBooleanParameter(value))
  @ValidateIf((o) => o["available"] !== undefined)
  available?: boolean;

  @ApiProperty({ required: false })
  @Max(1000000000, { message: 'offset must be at most 1000000000' })
  @Min(0, { message: 'offset must be at least 0' })
  @IsInt({ message: 'offset must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["offset"] !== undefined)
  offset?: number = 0;

  @ApiProperty({ required: false })
  @Max(500, { message: 'limit must be at most 500' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number = 100;
}

/** The query parameters of listWebhookDeliveries. */
export class ListWebhookDeliveriesQuery {
  @ApiProperty({ required: false })
  @IsIn(["pending","delivered","dead"], { message: 'status must be one of: pending, delivered, dead' })
  @ValidateIf((o) => o["status"] !== undefined)
  status?: "pending" | "delivered" | "dead";

  @ApiProperty({ required: false })
  @Matches(/^[A-Z0-9]{6,20}$/, { message: 'testId must match ^[A-Z0-9]{6,20}$' })
  @IsString({ message: 'testId must be a string' })
  @ValidateIf((o) => o["testId"] !== undefined)
  testId?: string;

  @ApiProperty({ required: false })
  @Max(500, { message: 'limit must be at most 500' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number = 100;
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

export class ProductCode {
  @ApiProperty({ required: true })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: true })
  @IsIn(["GTX","STX"], { message: 'delivery must be one of: GTX, STX' })
  @IsDefined({ message: 'delivery is required' })
  delivery!: "GTX" | "STX";

  @ApiProperty({ required: true })
  @IsIn(["inventory","sale"], { message: 'source must be one of: inventory, sale' })
  @IsDefined({ message: 'source is required' })
  source!: "inventory" | "sale";

  @ApiProperty({ required: true })
  @IsString({ message: 'instructions must be a string' })
  @IsDefined({ message: 'instructions is required' })
  instructions!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testUrl must be a string' })
  @IsDefined({ message: 'testUrl is required' })
  testUrl!: string;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'enabled must be true or false' })
  @IsDefined({ message: 'enabled is required' })
  enabled!: boolean;
}

export class ProductCodeInput {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$/, { message: 'testType must match ^[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}$' })
  @IsString({ message: 'testType must be a string' })
  @IsDefined({ message: 'testType is required' })
  testType!: string;

  @ApiProperty({ required: false, description: "`sale` creates a new test ID at each fulfilment instead of taking one from the inventory." })
  @IsIn(["inventory","sale"], { message: 'source must be one of: inventory, sale' })
  @ValidateIf((o) => o["source"] !== undefined)
  source?: "inventory" | "sale" = "inventory";

  @ApiProperty({ required: false, description: "The instructions e-mailed to (STX) or handed to (GTX) the candidate." })
  @MaxLength(4000, { message: 'instructions must be at most 4000 characters' })
  @IsString({ message: 'instructions must be a string' })
  @ValidateIf((o) => o["instructions"] !== undefined)
  instructions?: string;

  @ApiProperty({ required: true, description: "Where the candidate takes the test." })
  @MaxLength(500, { message: 'testUrl must be at most 500 characters' })
  @IsContractFormat('uri', { message: 'testUrl must be an absolute http(s) URL' })
  @IsString({ message: 'testUrl must be a string' })
  @IsDefined({ message: 'testUrl is required' })
  testUrl!: string;

  @ApiProperty({ required: false })
  @IsBoolean({ message: 'enabled must be true or false' })
  @ValidateIf((o) => o["enabled"] !== undefined)
  enabled?: boolean = true;
}

export class ProductCodeList {
  @ApiProperty({ required: true })
  @Type(() => ProductCode)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of productCodes must be a JSON object' })
  @IsArray({ message: 'productCodes must be an array' })
  @IsDefined({ message: 'productCodes is required' })
  productCodes!: Array<ProductCode>;
}

/** The path parameters of putProductCode. */
export class PutProductCodePath {
  @ApiProperty({ required: true })
  @Matches(/^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$/, { message: 'productCode must match ^(GTX|STX)-[A-Za-z0-9][A-Za-z0-9._-]{0,56}$' })
  @IsString({ message: 'productCode must be a string' })
  @IsDefined({ message: 'productCode is required' })
  productCode!: string;
}

/** The path parameters of putTrack. */
export class PutTrackPath {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'trackCode must match ^[A-Za-z0-9_-]{1,40}$' })
  @IsString({ message: 'trackCode must be a string' })
  @IsDefined({ message: 'trackCode is required' })
  trackCode!: string;
}

/** The path parameters of recordTestEvent. */
export class RecordTestEventPath {
  @ApiProperty({ required: true })
  @Matches(/^[A-Z0-9]{6,20}$/, { message: 'testId must match ^[A-Z0-9]{6,20}$' })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;
}

/** The path parameters of redriveWebhookDelivery. */
export class RedriveWebhookDeliveryPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'deliveryId must be a UUID' })
  @IsString({ message: 'deliveryId must be a string' })
  @IsDefined({ message: 'deliveryId is required' })
  deliveryId!: string;
}

/** The path parameters of revokeApiKey. */
export class RevokeApiKeyPath {
  @ApiProperty({ required: true })
  @Matches(/^fk_[A-Za-z0-9_]{4,60}$/, { message: 'keyId must match ^fk_[A-Za-z0-9_]{4,60}$' })
  @IsString({ message: 'keyId must be a string' })
  @IsDefined({ message: 'keyId is required' })
  keyId!: string;
}

export class TestEventScoresSections {
  @ApiProperty({ required: true })
  @IsIn(["Grammar","Listening","Reading","Writing","Speaking"], { message: 'name must be one of: Grammar, Listening, Reading, Writing, Speaking' })
  @IsDefined({ message: 'name is required' })
  name!: "Grammar" | "Listening" | "Reading" | "Writing" | "Speaking";

  @ApiProperty({ required: true })
  @Max(6, { message: 'level must be at most 6' })
  @Min(0, { message: 'level must be at least 0' })
  @IsNumber({}, { message: 'level must be a number' })
  @IsDefined({ message: 'level is required' })
  level!: number;

  @ApiProperty({ required: true })
  @Max(1000, { message: 'score must be at most 1000' })
  @Min(0, { message: 'score must be at least 0' })
  @IsInt({ message: 'score must be an integer' })
  @IsDefined({ message: 'score is required' })
  score!: number;
}

/** Required for `graded`. */
export class TestEventScores {
  @ApiProperty({ required: true })
  @Max(6, { message: 'overallLevel must be at most 6' })
  @Min(0, { message: 'overallLevel must be at least 0' })
  @IsNumber({}, { message: 'overallLevel must be a number' })
  @IsDefined({ message: 'overallLevel is required' })
  overallLevel!: number;

  @ApiProperty({ required: false, description: "The score report, sent as the webhook's `score_report_url`." })
  @MaxLength(500, { message: 'reportUrl must be at most 500 characters' })
  @IsContractFormat('uri', { message: 'reportUrl must be an absolute http(s) URL' })
  @IsString({ message: 'reportUrl must be a string' })
  @ValidateIf((o) => o["reportUrl"] !== undefined)
  reportUrl?: string;

  @ApiProperty({ required: true })
  @Type(() => TestEventScoresSections)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of sections must be a JSON object' })
  @ArrayMaxSize(5, { message: 'sections must hold at most 5 items' })
  @ArrayMinSize(1, { message: 'sections must hold at least 1 item(s)' })
  @IsArray({ message: 'sections must be an array' })
  @IsDefined({ message: 'sections is required' })
  sections!: Array<TestEventScoresSections>;
}

export class TestEvent {
  @ApiProperty({ required: true })
  @IsIn(["started","finished","review","graded","technical-difficulty","invalidated","reset"], { message: 'event must be one of: started, finished, review, graded, technical-difficulty, invalidated, reset' })
  @IsDefined({ message: 'event is required' })
  event!: "started" | "finished" | "review" | "graded" | "technical-difficulty" | "invalidated" | "reset";

  @ApiProperty({ required: false, description: "The day the test was taken (YYYY-MM-DD); today when left out." })
  @IsContractFormat('date', { message: 'testDate must be a calendar date (YYYY-MM-DD)' })
  @IsString({ message: 'testDate must be a string' })
  @ValidateIf((o) => o["testDate"] !== undefined)
  testDate?: string;

  @ApiProperty({ required: false, description: "Minutes." })
  @Max(1440, { message: 'duration must be at most 1440' })
  @Min(0, { message: 'duration must be at least 0' })
  @IsInt({ message: 'duration must be an integer' })
  @ValidateIf((o) => o["duration"] !== undefined)
  duration?: number;

  @ApiProperty({ required: false, description: "Required for `graded`." })
  @Type(() => TestEventScores)
  @ValidateNested()
  @IsObject({ message: 'scores must be a JSON object' })
  @ValidateIf((o) => o["scores"] !== undefined)
  scores?: TestEventScores;
}

export class Track {
  @ApiProperty({ required: true })
  @IsString({ message: 'trackCode must be a string' })
  @IsDefined({ message: 'trackCode is required' })
  trackCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'organisationCode must be a string' })
  @IsDefined({ message: 'organisationCode is required' })
  organisationCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'url must be a string' })
  @IsDefined({ message: 'url is required' })
  url!: string;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'fireOnFinished must be true or false' })
  @IsDefined({ message: 'fireOnFinished is required' })
  fireOnFinished!: boolean;

  @ApiProperty({ required: true })
  @IsIn(["none","basic","bearer"], { message: 'authenticationScheme must be one of: none, basic, bearer' })
  @IsDefined({ message: 'authenticationScheme is required' })
  authenticationScheme!: "none" | "basic" | "bearer";

  @ApiProperty({ required: true, description: "The Standard Webhooks secret (`whsec_` and base64) the customer verifies signatures with." })
  @IsString({ message: 'signingSecret must be a string' })
  @IsDefined({ message: 'signingSecret is required' })
  signingSecret!: string;
}

export class TrackInputAuthentication {
  @ApiProperty({ required: true })
  @IsIn(["none","basic","bearer"], { message: 'scheme must be one of: none, basic, bearer' })
  @IsDefined({ message: 'scheme is required' })
  scheme!: "none" | "basic" | "bearer";

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'username must be at most 200 characters' })
  @IsString({ message: 'username must be a string' })
  @ValidateIf((o) => o["username"] !== undefined)
  username?: string;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  @IsString({ message: 'password must be a string' })
  @ValidateIf((o) => o["password"] !== undefined)
  password?: string;

  @ApiProperty({ required: false })
  @MaxLength(2000, { message: 'token must be at most 2000 characters' })
  @IsString({ message: 'token must be a string' })
  @ValidateIf((o) => o["token"] !== undefined)
  token?: string;
}

export class TrackInput {
  @ApiProperty({ required: true })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'organisationCode must match ^[A-Za-z0-9._-]{1,40}$' })
  @IsString({ message: 'organisationCode must be a string' })
  @IsDefined({ message: 'organisationCode is required' })
  organisationCode!: string;

  @ApiProperty({ required: true, description: "An https:// URL whose host resolves, within the server's DNS deadline, to public addresses only (http:// and private addresses where the server allows them); asked again at each delivery." })
  @MaxLength(500, { message: 'url must be at most 500 characters' })
  @IsContractFormat('uri', { message: 'url must be an absolute http(s) URL' })
  @IsString({ message: 'url must be a string' })
  @IsDefined({ message: 'url is required' })
  url!: string;

  @ApiProperty({ required: false })
  @IsBoolean({ message: 'fireOnFinished must be true or false' })
  @ValidateIf((o) => o["fireOnFinished"] !== undefined)
  fireOnFinished?: boolean = false;

  @ApiProperty({ required: false })
  @Type(() => TrackInputAuthentication)
  @ValidateNested()
  @IsObject({ message: 'authentication must be a JSON object' })
  @ValidateIf((o) => o["authentication"] !== undefined)
  authentication?: TrackInputAuthentication;

  @ApiProperty({ required: false })
  @IsBoolean({ message: 'rotateSecret must be true or false' })
  @ValidateIf((o) => o["rotateSecret"] !== undefined)
  rotateSecret?: boolean = false;
}

export class WebhookDelivery {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'deliveryId must be a UUID' })
  @IsString({ message: 'deliveryId must be a string' })
  @IsDefined({ message: 'deliveryId is required' })
  deliveryId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'trackCode must be a string' })
  @IsDefined({ message: 'trackCode is required' })
  trackCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'testId must be a string' })
  @IsDefined({ message: 'testId is required' })
  testId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'event must be a string' })
  @IsDefined({ message: 'event is required' })
  event!: string;

  @ApiProperty({ required: true, description: "Order of this test's deliveries." })
  @IsInt({ message: 'sequence must be an integer' })
  @IsDefined({ message: 'sequence is required' })
  sequence!: number;

  @ApiProperty({ required: true })
  @IsIn(["pending","delivered","dead"], { message: 'status must be one of: pending, delivered, dead' })
  @IsDefined({ message: 'status is required' })
  status!: "pending" | "delivered" | "dead";

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
  @IsString({ message: 'lastError must be a string' })
  @IsOptional()
  lastError!: string | null;

  @ApiProperty({ required: true })
  @IsInt({ message: 'lastStatusCode must be an integer' })
  @IsOptional()
  lastStatusCode!: number | null;

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

  @ApiProperty({ required: true, description: "The JSON string sent as the form field `data`." })
  @IsString({ message: 'data must be a string' })
  @IsDefined({ message: 'data is required' })
  data!: string;
}

export class WebhookDeliveryList {
  @ApiProperty({ required: true })
  @Type(() => WebhookDelivery)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of deliveries must be a JSON object' })
  @IsArray({ message: 'deliveries must be an array' })
  @IsDefined({ message: 'deliveries is required' })
  deliveries!: Array<WebhookDelivery>;
}
