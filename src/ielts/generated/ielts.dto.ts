// Generated from openapi/ielts.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat, IsMultipleOf, toIntegerParameter } from '../../contract/validators.js';

/** The path parameters of attachPhoto. */
export class AttachPhotoPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;
}

export class CountryCode {
  @ApiProperty({ required: true })
  @IsString({ message: 'code must be a string' })
  @IsDefined({ message: 'code is required' })
  code!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'name must be a string' })
  @IsDefined({ message: 'name is required' })
  name!: string;
}

/** The path parameters of getResultCredential. */
export class GetResultCredentialPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;
}

/** The query parameters of getResultVerification. */
export class GetResultVerificationQuery {
  @ApiProperty({ required: false, description: "The Test Report Form number (certificate number). Takes precedence over the date range." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @ValidateIf((o) => o["trfNumber"] !== undefined)
  trfNumber?: string;

  @ApiProperty({ required: false, description: "Start of the last-modified range, UTC, `YYYY-MM-DDThh:mm:ss`. Mandatory without `trfNumber`; ignored, even when malformed, with it (the seed's rule)." })
  @ValidateIf((o) => o["trfNumber"] === undefined)
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$/, { message: 'startDateTime must match ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$' })
  @IsContractFormat('date-time-local', { message: 'startDateTime must be a date-time without offset (YYYY-MM-DDThh:mm:ss) naming a real day and time' })
  @IsString({ message: 'startDateTime must be a string' })
  @ValidateIf((o) => o["startDateTime"] !== undefined)
  startDateTime?: string;

  @ApiProperty({ required: false, description: "End of the last-modified range, UTC, `YYYY-MM-DDThh:mm:ss`; not before `startDateTime`. Mandatory without `trfNumber`; ignored, even when malformed, with it." })
  @ValidateIf((o) => o["trfNumber"] === undefined)
  @Matches(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$/, { message: 'endDateTime must match ^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$' })
  @IsContractFormat('date-time-local', { message: 'endDateTime must be a date-time without offset (YYYY-MM-DDThh:mm:ss) naming a real day and time' })
  @IsString({ message: 'endDateTime must be a string' })
  @ValidateIf((o) => o["endDateTime"] !== undefined)
  endDateTime?: string;

  @ApiProperty({ required: true, description: "`Y` includes the candidate photo (base64 JPEG) in each result; `N` leaves it out." })
  @IsIn(["Y","N"], { message: 'photoFlag must be one of: Y, N' })
  @IsDefined({ message: 'photoFlag is required' })
  photoFlag!: "Y" | "N";

  @ApiProperty({ required: false, description: "`Y` adds the One Skill Retake fields (`osrSkill`, `osrTestDate`, `osrOriginalTrfNumber`) to each result." })
  @IsIn(["Y","N"], { message: 'OSRFlag must be one of: Y, N' })
  @ValidateIf((o) => o["OSRFlag"] !== undefined)
  OSRFlag?: "Y" | "N";

  @ApiProperty({ required: false, description: "Page number, from 1. Defaults to 1 when `limit` is sent." })
  @Max(1000000, { message: 'page must be at most 1000000' })
  @Min(1, { message: 'page must be at least 1' })
  @IsInt({ message: 'page must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["page"] !== undefined)
  page?: number;

  @ApiProperty({ required: false, description: "Records per page, at most 2000. Defaults to 2000 when `page` is sent." })
  @Max(2000, { message: 'limit must be at most 2000' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number;
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

/** A Test Report Form as the provider loads it. Dates are ISO (`YYYY-MM-DD`); band scores numbers from 0 to 9 in half bands. */
export class IeltsResultInput {
  @ApiProperty({ required: true, description: "The identity document number." })
  @MaxLength(40, { message: 'candidateId must be at most 40 characters' })
  @MinLength(1, { message: 'candidateId must be at least 1 characters' })
  @IsString({ message: 'candidateId must be a string' })
  @IsDefined({ message: 'candidateId is required' })
  candidateId!: string;

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'idType must be at most 40 characters' })
  @IsString({ message: 'idType must be a string' })
  @IsOptional()
  idType?: string | null;

  @ApiProperty({ required: true })
  @Matches(/^[A-Z0-9]{2,10}$/, { message: 'centreNumber must match ^[A-Z0-9]{2,10}$' })
  @IsString({ message: 'centreNumber must be a string' })
  @IsDefined({ message: 'centreNumber is required' })
  centreNumber!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,10}$/, { message: 'candidateNumber must match ^[0-9]{1,10}$' })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date', { message: 'testDate must be a calendar date (YYYY-MM-DD)' })
  @IsString({ message: 'testDate must be a string' })
  @IsDefined({ message: 'testDate is required' })
  testDate!: string;

  @ApiProperty({ required: true })
  @IsIn(["Academic","General Training"], { message: 'module must be one of: Academic, General Training' })
  @IsDefined({ message: 'module is required' })
  module!: "Academic" | "General Training";

  @ApiProperty({ required: true })
  @MaxLength(100, { message: 'familyName must be at most 100 characters' })
  @MinLength(1, { message: 'familyName must be at least 1 characters' })
  @IsString({ message: 'familyName must be a string' })
  @IsDefined({ message: 'familyName is required' })
  familyName!: string;

  @ApiProperty({ required: true })
  @MaxLength(100, { message: 'firstName must be at most 100 characters' })
  @MinLength(1, { message: 'firstName must be at least 1 characters' })
  @IsString({ message: 'firstName must be a string' })
  @IsDefined({ message: 'firstName is required' })
  firstName!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date', { message: 'dateOfBirth must be a calendar date (YYYY-MM-DD)' })
  @IsString({ message: 'dateOfBirth must be a string' })
  @IsDefined({ message: 'dateOfBirth is required' })
  dateOfBirth!: string;

  @ApiProperty({ required: true })
  @IsIn(["M","F","U"], { message: 'gender must be one of: M, F, U' })
  @IsDefined({ message: 'gender is required' })
  gender!: "M" | "F" | "U";

  @ApiProperty({ required: false, description: "A code from GET /v1/ielts/country-codes." })
  @Matches(/^(0|[A-Z]{3})$/, { message: 'nationality must match ^(0|[A-Z]{3})$' })
  @IsString({ message: 'nationality must be a string' })
  @IsOptional()
  nationality?: string | null;

  @ApiProperty({ required: false })
  @Matches(/^(0|[A-Z]{3})$/, { message: 'countryOfOrigin must match ^(0|[A-Z]{3})$' })
  @IsString({ message: 'countryOfOrigin must be a string' })
  @IsOptional()
  countryOfOrigin?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(60, { message: 'firstLanguage must be at most 60 characters' })
  @IsString({ message: 'firstLanguage must be a string' })
  @IsOptional()
  firstLanguage?: string | null;

  @ApiProperty({ required: true })
  @IsMultipleOf(0.5, { message: 'listeningScore must be a multiple of 0.5' })
  @Max(9, { message: 'listeningScore must be at most 9' })
  @Min(0, { message: 'listeningScore must be at least 0' })
  @IsNumber({}, { message: 'listeningScore must be a number' })
  @IsDefined({ message: 'listeningScore is required' })
  listeningScore!: number;

  @ApiProperty({ required: true })
  @IsMultipleOf(0.5, { message: 'readingScore must be a multiple of 0.5' })
  @Max(9, { message: 'readingScore must be at most 9' })
  @Min(0, { message: 'readingScore must be at least 0' })
  @IsNumber({}, { message: 'readingScore must be a number' })
  @IsDefined({ message: 'readingScore is required' })
  readingScore!: number;

  @ApiProperty({ required: true })
  @IsMultipleOf(0.5, { message: 'writingScore must be a multiple of 0.5' })
  @Max(9, { message: 'writingScore must be at most 9' })
  @Min(0, { message: 'writingScore must be at least 0' })
  @IsNumber({}, { message: 'writingScore must be a number' })
  @IsDefined({ message: 'writingScore is required' })
  writingScore!: number;

  @ApiProperty({ required: true })
  @IsMultipleOf(0.5, { message: 'speakingScore must be a multiple of 0.5' })
  @Max(9, { message: 'speakingScore must be at most 9' })
  @Min(0, { message: 'speakingScore must be at least 0' })
  @IsNumber({}, { message: 'speakingScore must be a number' })
  @IsDefined({ message: 'speakingScore is required' })
  speakingScore!: number;

  @ApiProperty({ required: true })
  @IsMultipleOf(0.5, { message: 'overallBandScore must be a multiple of 0.5' })
  @Max(9, { message: 'overallBandScore must be at most 9' })
  @Min(0, { message: 'overallBandScore must be at least 0' })
  @IsNumber({}, { message: 'overallBandScore must be a number' })
  @IsDefined({ message: 'overallBandScore is required' })
  overallBandScore!: number;

  @ApiProperty({ required: false })
  @IsIn(["A1","A2","B1","B2","C1","C2"], { message: 'cefrLevel must be one of: A1, A2, B1, B2, C1, C2' })
  @IsOptional()
  cefrLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;

  @ApiProperty({ required: true })
  @IsIn(["RELEASED","REMARKED","CORRECTED","CANCELLED","WITHHELD"], { message: 'status must be one of: RELEASED, REMARKED, CORRECTED, CANCELLED, WITHHELD' })
  @IsDefined({ message: 'status is required' })
  status!: "RELEASED" | "REMARKED" | "CORRECTED" | "CANCELLED" | "WITHHELD";

  @ApiProperty({ required: false })
  @MaxLength(40, { message: 'telephone must be at most 40 characters' })
  @IsString({ message: 'telephone must be a string' })
  @IsOptional()
  telephone?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'postalAddress must be at most 200 characters' })
  @IsString({ message: 'postalAddress must be a string' })
  @IsOptional()
  postalAddress?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'addressLine1 must be at most 100 characters' })
  @IsString({ message: 'addressLine1 must be a string' })
  @IsOptional()
  addressLine1?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'addressLine2 must be at most 100 characters' })
  @IsString({ message: 'addressLine2 must be a string' })
  @IsOptional()
  addressLine2?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'addressLine3 must be at most 100 characters' })
  @IsString({ message: 'addressLine3 must be a string' })
  @IsOptional()
  addressLine3?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'addressLine4 must be at most 100 characters' })
  @IsString({ message: 'addressLine4 must be a string' })
  @IsOptional()
  addressLine4?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'region must be at most 100 characters' })
  @IsString({ message: 'region must be a string' })
  @IsOptional()
  region?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'town must be at most 100 characters' })
  @IsString({ message: 'town must be a string' })
  @IsOptional()
  town?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(20, { message: 'postCode must be at most 20 characters' })
  @IsString({ message: 'postCode must be a string' })
  @IsOptional()
  postCode?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(100, { message: 'country must be at most 100 characters' })
  @IsString({ message: 'country must be a string' })
  @IsOptional()
  country?: string | null;

  @ApiProperty({ required: false })
  @Matches(/^(0|[A-Z]{3})$/, { message: 'countryCode must match ^(0|[A-Z]{3})$' })
  @IsString({ message: 'countryCode must be a string' })
  @IsOptional()
  countryCode?: string | null;

  @ApiProperty({ required: false })
  @MaxLength(200, { message: 'candidateEmail must be at most 200 characters' })
  @IsString({ message: 'candidateEmail must be a string' })
  @IsOptional()
  candidateEmail?: string | null;

  @ApiProperty({ required: false })
  @IsIn(["Listening","Reading","Writing","Speaking"], { message: 'osrSkill must be one of: Listening, Reading, Writing, Speaking' })
  @IsOptional()
  osrSkill?: "Listening" | "Reading" | "Writing" | "Speaking" | null;

  @ApiProperty({ required: false })
  @IsContractFormat('date', { message: 'osrTestDate must be a calendar date (YYYY-MM-DD)' })
  @IsString({ message: 'osrTestDate must be a string' })
  @IsOptional()
  osrTestDate?: string | null;

  @ApiProperty({ required: false })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'osrOriginalTrfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'osrOriginalTrfNumber must be a string' })
  @IsOptional()
  osrOriginalTrfNumber?: string | null;
}

export class IngestOutcome {
  @ApiProperty({ required: true })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;

  @ApiProperty({ required: true })
  @IsBoolean({ message: 'created must be true or false' })
  @IsDefined({ message: 'created is required' })
  created!: boolean;

  @ApiProperty({ required: true, description: "Whether anything the ROs see changed." })
  @IsBoolean({ message: 'changed must be true or false' })
  @IsDefined({ message: 'changed is required' })
  changed!: boolean;

  @ApiProperty({ required: true, description: "How many ROs will see the result again in their next date-range poll." })
  @IsInt({ message: 'resurfacedFor must be an integer' })
  @IsDefined({ message: 'resurfacedFor is required' })
  resurfacedFor!: number;
}

export class ListCountryCodesResponse200 {
  @ApiProperty({ required: true })
  @Type(() => CountryCode)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of countries must be a JSON object' })
  @IsArray({ message: 'countries must be an array' })
  @IsDefined({ message: 'countries is required' })
  countries!: Array<CountryCode>;
}

export class MessageMetadata {
  @ApiProperty({ required: true, description: "The transaction id of this request." })
  @IsString({ message: 'messageRequestUid must be a string' })
  @IsDefined({ message: 'messageRequestUid is required' })
  messageRequestUid!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'messageOriginator must be a string' })
  @IsDefined({ message: 'messageOriginator is required' })
  messageOriginator!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'messageRequestDateTime must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'messageRequestDateTime must be a string' })
  @IsDefined({ message: 'messageRequestDateTime is required' })
  messageRequestDateTime!: string;

  @ApiProperty({ required: false, description: "The previous page, when paging and not on the first page." })
  @IsString({ message: 'previousResultSetUrl must be a string' })
  @IsOptional()
  previousResultSetUrl?: string | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'currentResultSetUrl must be a string' })
  @IsDefined({ message: 'currentResultSetUrl is required' })
  currentResultSetUrl!: string;

  @ApiProperty({ required: false, description: "The next page, when paging and more records follow." })
  @IsString({ message: 'nextResultSetUrl must be a string' })
  @IsOptional()
  nextResultSetUrl?: string | null;
}

export class PhotoInput {
  @ApiProperty({ required: true, description: "The JPEG image, base64 (at most about 500 KB)." })
  @MaxLength(700000, { message: 'data must be at most 700000 characters' })
  @IsString({ message: 'data must be a string' })
  @IsDefined({ message: 'data is required' })
  data!: string;

  @ApiProperty({ required: false })
  @IsIn(["JPEG"], { message: 'mediaType must be one of: JPEG' })
  @ValidateIf((o) => o["mediaType"] !== undefined)
  mediaType?: "JPEG";
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

export class ResultSummary {
  @ApiProperty({ required: true, description: "Records in this response." })
  @IsInt({ message: 'recordCount must be an integer' })
  @IsDefined({ message: 'recordCount is required' })
  recordCount!: number;

  @ApiProperty({ required: false, description: "Records matching the query across all pages (addition to the original API)." })
  @IsInt({ message: 'totalRecordCount must be an integer' })
  @ValidateIf((o) => o["totalRecordCount"] !== undefined)
  totalRecordCount?: number;

  @ApiProperty({ required: false })
  @IsInt({ message: 'page must be an integer' })
  @ValidateIf((o) => o["page"] !== undefined)
  page?: number;

  @ApiProperty({ required: false })
  @IsInt({ message: 'limit must be an integer' })
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number;

  @ApiProperty({ required: false })
  @IsInt({ message: 'totalPages must be an integer' })
  @ValidateIf((o) => o["totalPages"] !== undefined)
  totalPages?: number;
}

export class ResultVerificationResponse {
  @ApiProperty({ required: true })
  @Type(() => MessageMetadata)
  @ValidateNested()
  @IsObject({ message: 'messageMetadata must be a JSON object' })
  @IsDefined({ message: 'messageMetadata is required' })
  messageMetadata!: MessageMetadata;

  @ApiProperty({ required: true })
  @Type(() => IeltsResult)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of results must be a JSON object' })
  @IsArray({ message: 'results must be an array' })
  @IsDefined({ message: 'results is required' })
  results!: Array<IeltsResult>;

  @ApiProperty({ required: true })
  @Type(() => ResultSummary)
  @ValidateNested()
  @IsObject({ message: 'resultSummary must be a JSON object' })
  @IsDefined({ message: 'resultSummary is required' })
  resultSummary!: ResultSummary;
}

/** The path parameters of sandboxCancelResult. */
export class SandboxCancelResultPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;
}

/** The path parameters of sandboxRemarkResult. */
export class SandboxRemarkResultPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;
}

export class ShareInput {
  @ApiProperty({ required: false, description: "When the candidate shared the result; now when omitted." })
  @IsContractFormat('date-time', { message: 'sharedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'sharedAt must be a string' })
  @ValidateIf((o) => o["sharedAt"] !== undefined)
  sharedAt?: string;
}

export class ShareOutcome {
  @ApiProperty({ required: true })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'roId must be a string' })
  @IsDefined({ message: 'roId is required' })
  roId!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'sharedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'sharedAt must be a string' })
  @IsDefined({ message: 'sharedAt is required' })
  sharedAt!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'lastModifiedDate must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'lastModifiedDate must be a string' })
  @IsDefined({ message: 'lastModifiedDate is required' })
  lastModifiedDate!: string;
}

/** The path parameters of shareResult. */
export class ShareResultPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;

  @ApiProperty({ required: true, description: "The organisation code of the Recognising Organisation." })
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'roId must match ^[A-Za-z0-9-]{1,40}$' })
  @IsString({ message: 'roId must be a string' })
  @IsDefined({ message: 'roId is required' })
  roId!: string;
}

/** The path parameters of upsertResult. */
export class UpsertResultPath {
  @ApiProperty({ required: true, description: "The Test Report Form number." })
  @Matches(/^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$/, { message: 'trfNumber must match ^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[A-Z]$' })
  @IsString({ message: 'trfNumber must be a string' })
  @IsDefined({ message: 'trfNumber is required' })
  trfNumber!: string;
}
