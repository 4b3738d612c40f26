// Generated from openapi/platform.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CredentialField } from '../../contract/validators.js';

export class ErrorCatalogueEntry {
  @ApiProperty({ required: true })
  @IsInt({ message: 'errorCode must be an integer' })
  @IsDefined({ message: 'errorCode is required' })
  errorCode!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'status must be an integer' })
  @IsDefined({ message: 'status is required' })
  status!: number;

  @ApiProperty({ required: true })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'errorMessage must be a string' })
  @IsDefined({ message: 'errorMessage is required' })
  errorMessage!: string;
}

/** The path parameters of getError. */
export class GetErrorPath {
  @ApiProperty({ required: true })
  @Matches(/^[0-9]{5}$/, { message: 'errorCode must match ^[0-9]{5}$' })
  @IsString({ message: 'errorCode must be a string' })
  @IsDefined({ message: 'errorCode is required' })
  errorCode!: string;
}

export class HealthStatus {
  @ApiProperty({ required: true })
  @IsIn(["ok","unavailable"], { message: 'status must be one of: ok, unavailable' })
  @IsDefined({ message: 'status is required' })
  status!: "ok" | "unavailable";

  @ApiProperty({ required: false, description: "What readiness looked at (the liveness probe gives none): `database`, whether PostgreSQL answers; `process`, `unavailable` once the process has been told to stop." })
  @IsObject({ message: 'checks must be a JSON object' })
  @ValidateIf((o) => o["checks"] !== undefined)
  checks?: Record<string, "ok" | "unavailable">;
}

export class ListErrorsResponse200 {
  @ApiProperty({ required: true })
  @Type(() => ErrorCatalogueEntry)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of errors must be a JSON object' })
  @IsArray({ message: 'errors must be an array' })
  @IsDefined({ message: 'errors is required' })
  errors!: Array<ErrorCatalogueEntry>;
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

export class RevokeRequest {
  @ApiProperty({ required: true })
  @CredentialField()
  @MaxLength(200, { message: 'token must be at most 200 characters' })
  @IsString({ message: 'token must be a string' })
  @IsDefined({ message: 'token is required' })
  token!: string;

  @ApiProperty({ required: false })
  @IsIn(["access_token"], { message: 'token_type_hint must be one of: access_token' })
  @ValidateIf((o) => o["token_type_hint"] !== undefined)
  token_type_hint?: "access_token";

  @ApiProperty({ required: false })
  @CredentialField()
  @MaxLength(100, { message: 'client_id must be at most 100 characters' })
  @IsString({ message: 'client_id must be a string' })
  @ValidateIf((o) => o["client_id"] !== undefined)
  client_id?: string;

  @ApiProperty({ required: false })
  @CredentialField()
  @MaxLength(200, { message: 'client_secret must be at most 200 characters' })
  @IsString({ message: 'client_secret must be a string' })
  @ValidateIf((o) => o["client_secret"] !== undefined)
  client_secret?: string;
}

export class RevokeTokenResponse200 {
  @ApiProperty({ required: false })
  @IsBoolean({ message: 'revoked must be true or false' })
  @ValidateIf((o) => o["revoked"] !== undefined)
  revoked?: boolean;
}

export class TokenRequest {
  @ApiProperty({ required: true, description: "Only `client_credentials` is supported." })
  @IsIn(["client_credentials"], { message: 'grant_type must be one of: client_credentials' })
  @IsDefined({ message: 'grant_type is required' })
  grant_type!: "client_credentials";

  @ApiProperty({ required: false, description: "Space-separated scopes; a subset of the client's. All of them when omitted." })
  @MaxLength(500, { message: 'scope must be at most 500 characters' })
  @IsString({ message: 'scope must be a string' })
  @ValidateIf((o) => o["scope"] !== undefined)
  scope?: string;

  @ApiProperty({ required: false, description: "The client id, when not sent in a Basic header." })
  @CredentialField()
  @MaxLength(100, { message: 'client_id must be at most 100 characters' })
  @IsString({ message: 'client_id must be a string' })
  @ValidateIf((o) => o["client_id"] !== undefined)
  client_id?: string;

  @ApiProperty({ required: false, description: "The client secret, when not sent in a Basic header." })
  @CredentialField()
  @MaxLength(200, { message: 'client_secret must be at most 200 characters' })
  @IsString({ message: 'client_secret must be a string' })
  @ValidateIf((o) => o["client_secret"] !== undefined)
  client_secret?: string;
}

export class TokenResponse {
  @ApiProperty({ required: true })
  @IsString({ message: 'access_token must be a string' })
  @IsDefined({ message: 'access_token is required' })
  access_token!: string;

  @ApiProperty({ required: true })
  @IsIn(["Bearer"], { message: 'token_type must be one of: Bearer' })
  @IsDefined({ message: 'token_type is required' })
  token_type!: "Bearer";

  @ApiProperty({ required: true, description: "Lifetime of the token in seconds." })
  @IsInt({ message: 'expires_in must be an integer' })
  @IsDefined({ message: 'expires_in is required' })
  expires_in!: number;

  @ApiProperty({ required: true, description: "Space-separated scopes the token carries." })
  @IsString({ message: 'scope must be a string' })
  @IsDefined({ message: 'scope is required' })
  scope!: string;
}
