// Generated from openapi/credentials.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat } from '../../contract/validators.js';

/** The path parameters of getStatusList. */
export class GetStatusListPath {
  @ApiProperty({ required: true })
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'listId must match ^[a-z0-9-]{1,40}$' })
  @IsString({ message: 'listId must be a string' })
  @IsDefined({ message: 'listId is required' })
  listId!: string;
}

export class JsonWebKey {
  @ApiProperty({ required: true })
  @IsIn(["EC"], { message: 'kty must be one of: EC' })
  @IsDefined({ message: 'kty is required' })
  kty!: "EC";

  @ApiProperty({ required: true })
  @IsIn(["P-256"], { message: 'crv must be one of: P-256' })
  @IsDefined({ message: 'crv is required' })
  crv!: "P-256";

  @ApiProperty({ required: true })
  @IsString({ message: 'x must be a string' })
  @IsDefined({ message: 'x is required' })
  x!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'y must be a string' })
  @IsDefined({ message: 'y is required' })
  y!: string;

  @ApiProperty({ required: true, description: "The key's RFC 7638 thumbprint." })
  @IsString({ message: 'kid must be a string' })
  @IsDefined({ message: 'kid is required' })
  kid!: string;

  @ApiProperty({ required: true })
  @IsIn(["ES256"], { message: 'alg must be one of: ES256' })
  @IsDefined({ message: 'alg is required' })
  alg!: "ES256";

  @ApiProperty({ required: true })
  @IsIn(["sig"], { message: 'use must be one of: sig' })
  @IsDefined({ message: 'use is required' })
  use!: "sig";
}

export class JsonWebKeySet {
  @ApiProperty({ required: true })
  @Type(() => JsonWebKey)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of keys must be a JSON object' })
  @IsArray({ message: 'keys must be an array' })
  @IsDefined({ message: 'keys is required' })
  keys!: Array<JsonWebKey>;
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

export class VerificationCheck {
  @ApiProperty({ required: true })
  @IsIn(["format","signature","issuer","validity","status"], { message: 'check must be one of: format, signature, issuer, validity, status' })
  @IsDefined({ message: 'check is required' })
  check!: "format" | "signature" | "issuer" | "validity" | "status";

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'passed must be true or false' })
  @IsDefined({ message: 'passed is required' })
  passed!: boolean;

  @ApiProperty({ required: true })
  @IsString({ message: 'detail must be a string' })
  @IsDefined({ message: 'detail is required' })
  detail!: string;
}

export class VerificationReportIssuer {
  @ApiProperty({ required: true })
  @IsString({ message: 'id must be a string' })
  @IsDefined({ message: 'id is required' })
  id!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'name must be a string' })
  @IsDefined({ message: 'name is required' })
  name!: string;
}

export class VerificationReport {
  @ApiProperty({ required: true, description: "The credential is this issuer's, unaltered, and within its validity dates. Read `status` beside it." })
  @IsBoolean({ message: 'verified must be true or false' })
  @IsDefined({ message: 'verified is required' })
  verified!: boolean;

  @ApiProperty({ required: true })
  @Type(() => VerificationReportIssuer)
  @ValidateNested()
  @IsObject({ message: 'issuer must be a JSON object' })
  @IsOptional()
  issuer!: VerificationReportIssuer | null;

  @ApiProperty({ required: true })
  @IsIn(["active","revoked","unknown"], { message: 'status must be one of: active, revoked, unknown' })
  @IsDefined({ message: 'status is required' })
  status!: "active" | "revoked" | "unknown";

  @ApiProperty({ required: true })
  @Type(() => VerificationCheck)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of checks must be a JSON object' })
  @IsArray({ message: 'checks must be an array' })
  @IsDefined({ message: 'checks is required' })
  checks!: Array<VerificationCheck>;

  @ApiProperty({ required: true, description: "The result the credential states (for IELTS the TRF number, the candidate, the test and the band scores)." })
  @IsObject({ message: 'result must be a JSON object' })
  @IsOptional()
  result!: Record<string, unknown> | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'credentialId must be a string' })
  @IsOptional()
  credentialId!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'validFrom must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'validFrom must be a string' })
  @IsOptional()
  validFrom!: string | null;
}

/** The query parameters of verifyPage. */
export class VerifyPageQuery {
  @ApiProperty({ required: false, description: "The credential to verify, as given (a compact JWS)." })
  @MaxLength(12000, { message: 'credential must be at most 12000 characters' })
  @IsString({ message: 'credential must be a string' })
  @ValidateIf((o) => o["credential"] !== undefined)
  credential?: string;

  @ApiProperty({ required: false, description: "The id of a credential this issuer issued (its `urn:uuid:` without the prefix); `credential` wins when both are sent." })
  @IsContractFormat('uuid', { message: 'id must be a UUID' })
  @IsString({ message: 'id must be a string' })
  @ValidateIf((o) => o["id"] !== undefined)
  id?: string;
}
