// Generated from openapi/results.yaml by tools/openapi-codegen. Do not edit: change the contract and run npm run generate.
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsContractFormat, toIntegerParameter } from '../../contract/validators.js';

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

/** The path parameters of enquireServices. */
export class EnquireServicesPath {
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
}

/** The query parameters of enquireServices. */
export class EnquireServicesQuery {
  @ApiProperty({ required: false, description: "Stream 01 only, and required there; ignored on stream 02." })
  @Matches(/^[0-9]{1,6}$/, { message: 'qualificationGroupId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'qualificationGroupId must be a string' })
  @ValidateIf((o) => o["qualificationGroupId"] !== undefined)
  qualificationGroupId?: string;

  @ApiProperty({ required: false, description: "Stream 02 only, and required there; ignored on stream 01." })
  @IsIn(["issue","release"], { message: 'resultDateType must be one of: issue, release' })
  @ValidateIf((o) => o["resultDateType"] !== undefined)
  resultDateType?: "issue" | "release";

  @ApiProperty({ required: false, description: "Stream 02 only; ignored on stream 01." })
  @Matches(/^[0-9A-Z]{4,6}$/, { message: 'centreId must match ^[0-9A-Z]{4,6}$' })
  @IsString({ message: 'centreId must be a string' })
  @ValidateIf((o) => o["centreId"] !== undefined)
  centreId?: string;

  @ApiProperty({ required: false, description: "Stream 02 only; ignored on stream 01." })
  @Max(1000000, { message: 'offset must be at most 1000000' })
  @Min(0, { message: 'offset must be at least 0' })
  @IsInt({ message: 'offset must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["offset"] !== undefined)
  offset?: number;

  @ApiProperty({ required: false, description: "Stream 02 only; ignored on stream 01." })
  @Max(500, { message: 'limit must be at most 500' })
  @Min(1, { message: 'limit must be at least 1' })
  @IsInt({ message: 'limit must be an integer' })
  @Transform(({ value }) => toIntegerParameter(value))
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number;
}

export class ResultsDataSession {
  @ApiProperty({ required: true })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'sessionName must be a string' })
  @IsOptional()
  sessionName!: string | null;
}

export class ResultsDataQualifications {
  @ApiProperty({ required: true })
  @IsString({ message: 'qualificationId must be a string' })
  @IsDefined({ message: 'qualificationId is required' })
  qualificationId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;
}

export class ResultEntryComponents {
  @ApiProperty({ required: true })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: true })
  @IsInt({ message: 'mark must be an integer' })
  @IsOptional()
  mark!: number | null;

  @ApiProperty({ required: true })
  @IsInt({ message: 'maxMark must be an integer' })
  @IsOptional()
  maxMark!: number | null;

  @ApiProperty({ required: true })
  @IsString({ message: 'grade must be a string' })
  @IsOptional()
  grade!: string | null;
}

export class ResultEntry {
  @ApiProperty({ required: true })
  @IsString({ message: 'centreId must be a string' })
  @IsDefined({ message: 'centreId is required' })
  centreId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'candidateNumber must be a string' })
  @IsDefined({ message: 'candidateNumber is required' })
  candidateNumber!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'candidateName must be a string' })
  @IsDefined({ message: 'candidateName is required' })
  candidateName!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'qualificationId must be a string' })
  @IsDefined({ message: 'qualificationId is required' })
  qualificationId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'grade must be a string' })
  @IsOptional()
  grade!: string | null;

  @ApiProperty({ required: true })
  @Type(() => ResultEntryComponents)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of components must be a JSON object' })
  @IsArray({ message: 'components must be an array' })
  @IsDefined({ message: 'components is required' })
  components!: Array<ResultEntryComponents>;
}

export class ResultsData {
  @ApiProperty({ required: true })
  @IsString({ message: 'qualificationGroupId must be a string' })
  @IsDefined({ message: 'qualificationGroupId is required' })
  qualificationGroupId!: string;

  @ApiProperty({ required: true })
  @Type(() => ResultsDataSession)
  @ValidateNested()
  @IsObject({ message: 'session must be a JSON object' })
  @IsDefined({ message: 'session is required' })
  session!: ResultsDataSession;

  @ApiProperty({ required: true })
  @IsString({ each: true, message: 'each of centres must be a string' })
  @IsArray({ message: 'centres must be an array' })
  @IsDefined({ message: 'centres is required' })
  centres!: Array<string>;

  @ApiProperty({ required: true })
  @Type(() => ResultsDataQualifications)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of qualifications must be a JSON object' })
  @IsArray({ message: 'qualifications must be an array' })
  @IsDefined({ message: 'qualifications is required' })
  qualifications!: Array<ResultsDataQualifications>;

  @ApiProperty({ required: true })
  @Type(() => ResultEntry)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of entries must be a JSON object' })
  @IsArray({ message: 'entries must be an array' })
  @IsDefined({ message: 'entries is required' })
  entries!: Array<ResultEntry>;
}

export class ResultDate {
  @ApiProperty({ required: true })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true, description: "The centre of an issue date; null for a release date." })
  @IsString({ message: 'centreId must be a string' })
  @IsOptional()
  centreId!: string | null;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'date must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'date must be a string' })
  @IsDefined({ message: 'date is required' })
  date!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'embargoUntil must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'embargoUntil must be a string' })
  @IsOptional()
  embargoUntil!: string | null;
}

/** `resultsData` for stream 01; `resultDates` with `total`, `offset` and `limit` for stream 02. */
export class EnquireServicesResponse {
  @ApiProperty({ required: true })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: false })
  @Type(() => ResultsData)
  @ValidateNested()
  @IsObject({ message: 'resultsData must be a JSON object' })
  @ValidateIf((o) => o["resultsData"] !== undefined)
  resultsData?: ResultsData;

  @ApiProperty({ required: false })
  @IsIn(["issue","release"], { message: 'resultDateType must be one of: issue, release' })
  @ValidateIf((o) => o["resultDateType"] !== undefined)
  resultDateType?: "issue" | "release";

  @ApiProperty({ required: false })
  @Type(() => ResultDate)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of resultDates must be a JSON object' })
  @IsArray({ message: 'resultDates must be an array' })
  @ValidateIf((o) => o["resultDates"] !== undefined)
  resultDates?: Array<ResultDate>;

  @ApiProperty({ required: false })
  @IsInt({ message: 'total must be an integer' })
  @ValidateIf((o) => o["total"] !== undefined)
  total?: number;

  @ApiProperty({ required: false })
  @IsInt({ message: 'offset must be an integer' })
  @ValidateIf((o) => o["offset"] !== undefined)
  offset?: number;

  @ApiProperty({ required: false })
  @IsInt({ message: 'limit must be an integer' })
  @ValidateIf((o) => o["limit"] !== undefined)
  limit?: number;
}

/** The path parameters of getCandidateResultCredential. */
export class GetCandidateResultCredentialPath {
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
}

/** The path parameters of getCandidateResultStatus. */
export class GetCandidateResultStatusPath {
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
}

/** The path parameters of getQuestionPapersMisspelt. */
export class GetQuestionPapersMisspeltPath {
  @ApiProperty({ required: true })
  @Matches(/^(01|02|04)$/, { message: 'businessStreamId must match ^(01|02|04)$' })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;
}

/** The query parameters of getQuestionPapersMisspelt. */
export class GetQuestionPapersMisspeltQuery {
  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'sessionId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: false })
  @Matches(/^[0-9]{1,3}$/, { message: 'assessmentVersion must match ^[0-9]{1,3}$' })
  @IsString({ message: 'assessmentVersion must be a string' })
  @ValidateIf((o) => o["assessmentVersion"] !== undefined)
  assessmentVersion?: string;

  @ApiProperty({ required: false })
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @ValidateIf((o) => o["componentId"] !== undefined)
  componentId?: string;
}

/** The path parameters of getQuestionPapers. */
export class GetQuestionPapersPath {
  @ApiProperty({ required: true })
  @Matches(/^(01|02|04)$/, { message: 'businessStreamId must match ^(01|02|04)$' })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;
}

/** The query parameters of getQuestionPapers. */
export class GetQuestionPapersQuery {
  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'sessionId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: false })
  @Matches(/^[0-9]{1,3}$/, { message: 'assessmentVersion must match ^[0-9]{1,3}$' })
  @IsString({ message: 'assessmentVersion must be a string' })
  @ValidateIf((o) => o["assessmentVersion"] !== undefined)
  assessmentVersion?: string;

  @ApiProperty({ required: false })
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @ValidateIf((o) => o["componentId"] !== undefined)
  componentId?: string;
}

/** The path parameters of getResultEnquiryStatus. */
export class GetResultEnquiryStatusPath {
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
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;
}

/** The path parameters of getScriptPdf. */
export class GetScriptPdfPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'docStorePageId must be a UUID' })
  @IsString({ message: 'docStorePageId must be a string' })
  @IsDefined({ message: 'docStorePageId is required' })
  docStorePageId!: string;
}

/** The path parameters of getSessionResultStatus. */
export class GetSessionResultStatusPath {
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

/** The path parameters of putScriptDocument. */
export class PutScriptDocumentPath {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'docStorePageId must be a UUID' })
  @IsString({ message: 'docStorePageId must be a string' })
  @IsDefined({ message: 'docStorePageId is required' })
  docStorePageId!: string;
}

export class QuestionPaper {
  @ApiProperty({ required: true })
  @IsString({ message: 'qpIdentifier must be a string' })
  @IsDefined({ message: 'qpIdentifier is required' })
  qpIdentifier!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'sessionId must be a string' })
  @IsDefined({ message: 'sessionId is required' })
  sessionId!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'assessmentVersion must be a string' })
  @IsDefined({ message: 'assessmentVersion is required' })
  assessmentVersion!: string;

  @ApiProperty({ required: true })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;
}

export class QuestionPaperList {
  @ApiProperty({ required: true })
  @Type(() => QuestionPaper)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of questionPapers must be a JSON object' })
  @IsArray({ message: 'questionPapers must be an array' })
  @IsDefined({ message: 'questionPapers is required' })
  questionPapers!: Array<QuestionPaper>;
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

export class ResultsLoadCandidateResults {
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

  @ApiProperty({ required: false })
  @MaxLength(5, { message: 'grade must be at most 5 characters' })
  @IsString({ message: 'grade must be a string' })
  @ValidateIf((o) => o["grade"] !== undefined)
  grade?: string;

  @ApiProperty({ required: false })
  @IsContractFormat('date-time', { message: 'issuedAt must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'issuedAt must be a string' })
  @ValidateIf((o) => o["issuedAt"] !== undefined)
  issuedAt?: string;
}

export class ResultsLoadEnquiries {
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
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: true })
  @MaxLength(40, { message: 'enquiryReference must be at most 40 characters' })
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
}

export class ResultsLoadSessions {
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
  @MaxLength(100, { message: 'sessionName must be at most 100 characters' })
  @IsString({ message: 'sessionName must be a string' })
  @IsDefined({ message: 'sessionName is required' })
  sessionName!: string;

  @ApiProperty({ required: true })
  @IsIn(["NotStarted","Provisional","Embargoed","Released"], { message: 'resultStatus must be one of: NotStarted, Provisional, Embargoed, Released' })
  @IsDefined({ message: 'resultStatus is required' })
  resultStatus!: "NotStarted" | "Provisional" | "Embargoed" | "Released";

  @ApiProperty({ required: false })
  @IsContractFormat('date-time', { message: 'releaseDate must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'releaseDate must be a string' })
  @ValidateIf((o) => o["releaseDate"] !== undefined)
  releaseDate?: string;
}

export class ResultsLoadQualifications {
  @ApiProperty({ required: true })
  @Matches(/^(01|02|04)$/, { message: 'businessStreamId must match ^(01|02|04)$' })
  @IsString({ message: 'businessStreamId must be a string' })
  @IsDefined({ message: 'businessStreamId is required' })
  businessStreamId!: string;

  @ApiProperty({ required: true })
  @MaxLength(20, { message: 'qualificationId must be at most 20 characters' })
  @IsString({ message: 'qualificationId must be a string' })
  @IsDefined({ message: 'qualificationId is required' })
  qualificationId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,6}$/, { message: 'qualificationGroupId must match ^[0-9]{1,6}$' })
  @IsString({ message: 'qualificationGroupId must be a string' })
  @IsDefined({ message: 'qualificationGroupId is required' })
  qualificationGroupId!: string;

  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;
}

export class ResultsLoadEntriesComponents {
  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: false })
  @Max(1000, { message: 'mark must be at most 1000' })
  @Min(0, { message: 'mark must be at least 0' })
  @IsInt({ message: 'mark must be an integer' })
  @ValidateIf((o) => o["mark"] !== undefined)
  mark?: number;

  @ApiProperty({ required: false })
  @Max(1000, { message: 'maxMark must be at most 1000' })
  @Min(1, { message: 'maxMark must be at least 1' })
  @IsInt({ message: 'maxMark must be an integer' })
  @ValidateIf((o) => o["maxMark"] !== undefined)
  maxMark?: number;

  @ApiProperty({ required: false })
  @MaxLength(5, { message: 'grade must be at most 5 characters' })
  @IsString({ message: 'grade must be a string' })
  @ValidateIf((o) => o["grade"] !== undefined)
  grade?: string;
}

export class ResultsLoadEntries {
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
  @MaxLength(200, { message: 'candidateName must be at most 200 characters' })
  @IsString({ message: 'candidateName must be a string' })
  @IsDefined({ message: 'candidateName is required' })
  candidateName!: string;

  @ApiProperty({ required: true })
  @MaxLength(20, { message: 'qualificationId must be at most 20 characters' })
  @IsString({ message: 'qualificationId must be a string' })
  @IsDefined({ message: 'qualificationId is required' })
  qualificationId!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: false })
  @MaxLength(5, { message: 'grade must be at most 5 characters' })
  @IsString({ message: 'grade must be a string' })
  @ValidateIf((o) => o["grade"] !== undefined)
  grade?: string;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadEntriesComponents)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of components must be a JSON object' })
  @ArrayMaxSize(20, { message: 'components must hold at most 20 items' })
  @IsArray({ message: 'components must be an array' })
  @ValidateIf((o) => o["components"] !== undefined)
  components?: Array<ResultsLoadEntriesComponents>;
}

export class ResultsLoadResultDates {
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
  @IsIn(["issue","release"], { message: 'resultDateType must be one of: issue, release' })
  @IsDefined({ message: 'resultDateType is required' })
  resultDateType!: "issue" | "release";

  @ApiProperty({ required: false, description: "Required for an issue date." })
  @Matches(/^[0-9A-Z]{4,6}$/, { message: 'centreId must match ^[0-9A-Z]{4,6}$' })
  @IsString({ message: 'centreId must be a string' })
  @ValidateIf((o) => o["centreId"] !== undefined)
  centreId?: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'date must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'date must be a string' })
  @IsDefined({ message: 'date is required' })
  date!: string;

  @ApiProperty({ required: false })
  @IsContractFormat('date-time', { message: 'embargoUntil must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'embargoUntil must be a string' })
  @ValidateIf((o) => o["embargoUntil"] !== undefined)
  embargoUntil?: string;
}

export class ResultsLoadQuestionPapers {
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
  @Matches(/^[0-9A-Z]{3,6}$/, { message: 'assessmentCode must match ^[0-9A-Z]{3,6}$' })
  @IsString({ message: 'assessmentCode must be a string' })
  @IsDefined({ message: 'assessmentCode is required' })
  assessmentCode!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9]{1,3}$/, { message: 'assessmentVersion must match ^[0-9]{1,3}$' })
  @IsString({ message: 'assessmentVersion must be a string' })
  @IsDefined({ message: 'assessmentVersion is required' })
  assessmentVersion!: string;

  @ApiProperty({ required: true })
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: true })
  @MaxLength(60, { message: 'qpIdentifier must be at most 60 characters' })
  @IsString({ message: 'qpIdentifier must be a string' })
  @IsDefined({ message: 'qpIdentifier is required' })
  qpIdentifier!: string;

  @ApiProperty({ required: true })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  @IsString({ message: 'title must be a string' })
  @IsDefined({ message: 'title is required' })
  title!: string;
}

export class ResultsLoad {
  @ApiProperty({ required: false })
  @Type(() => ResultsLoadCandidateResults)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of candidateResults must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'candidateResults must hold at most 5000 items' })
  @IsArray({ message: 'candidateResults must be an array' })
  @ValidateIf((o) => o["candidateResults"] !== undefined)
  candidateResults?: Array<ResultsLoadCandidateResults>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadEnquiries)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of enquiries must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'enquiries must hold at most 5000 items' })
  @IsArray({ message: 'enquiries must be an array' })
  @ValidateIf((o) => o["enquiries"] !== undefined)
  enquiries?: Array<ResultsLoadEnquiries>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadSessions)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of sessions must be a JSON object' })
  @ArrayMaxSize(500, { message: 'sessions must hold at most 500 items' })
  @IsArray({ message: 'sessions must be an array' })
  @ValidateIf((o) => o["sessions"] !== undefined)
  sessions?: Array<ResultsLoadSessions>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadQualifications)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of qualifications must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'qualifications must hold at most 5000 items' })
  @IsArray({ message: 'qualifications must be an array' })
  @ValidateIf((o) => o["qualifications"] !== undefined)
  qualifications?: Array<ResultsLoadQualifications>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadEntries)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of entries must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'entries must hold at most 5000 items' })
  @IsArray({ message: 'entries must be an array' })
  @ValidateIf((o) => o["entries"] !== undefined)
  entries?: Array<ResultsLoadEntries>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadResultDates)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of resultDates must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'resultDates must hold at most 5000 items' })
  @IsArray({ message: 'resultDates must be an array' })
  @ValidateIf((o) => o["resultDates"] !== undefined)
  resultDates?: Array<ResultsLoadResultDates>;

  @ApiProperty({ required: false })
  @Type(() => ResultsLoadQuestionPapers)
  @ValidateNested({ each: true })
  @IsObject({ each: true, message: 'each of questionPapers must be a JSON object' })
  @ArrayMaxSize(5000, { message: 'questionPapers must hold at most 5000 items' })
  @IsArray({ message: 'questionPapers must be an array' })
  @ValidateIf((o) => o["questionPapers"] !== undefined)
  questionPapers?: Array<ResultsLoadQuestionPapers>;
}

export class ResultsLoadOutcome {
  @ApiProperty({ required: true })
  @IsInt({ message: 'qualifications must be an integer' })
  @IsDefined({ message: 'qualifications is required' })
  qualifications!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'entries must be an integer' })
  @IsDefined({ message: 'entries is required' })
  entries!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'resultDates must be an integer' })
  @IsDefined({ message: 'resultDates is required' })
  resultDates!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'candidateResults must be an integer' })
  @IsDefined({ message: 'candidateResults is required' })
  candidateResults!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'enquiries must be an integer' })
  @IsDefined({ message: 'enquiries is required' })
  enquiries!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'sessions must be an integer' })
  @IsDefined({ message: 'sessions is required' })
  sessions!: number;

  @ApiProperty({ required: true })
  @IsInt({ message: 'questionPapers must be an integer' })
  @IsDefined({ message: 'questionPapers is required' })
  questionPapers!: number;
}

export class SandboxResultsEvent {
  @ApiProperty({ required: true })
  @IsIn(["results.result.issued","results.enquiry.updated","results.script.ready"], { message: 'type must be one of: results.result.issued, results.enquiry.updated, results.script.ready' })
  @IsDefined({ message: 'type is required' })
  type!: "results.result.issued" | "results.enquiry.updated" | "results.script.ready";

  @ApiProperty({ required: true, description: "The event's data, as the webhook and the feed carry it." })
  @IsObject({ message: 'data must be a JSON object' })
  @IsDefined({ message: 'data is required' })
  data!: Record<string, unknown>;
}

export class SandboxResultsEventRequest {
  @ApiProperty({ required: true })
  @IsIn(["results.result.issued","results.enquiry.updated","results.script.ready"], { message: 'type must be one of: results.result.issued, results.enquiry.updated, results.script.ready' })
  @IsDefined({ message: 'type is required' })
  type!: "results.result.issued" | "results.enquiry.updated" | "results.script.ready";
}

export class ScriptDocument {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'docStorePageId must be a UUID' })
  @IsString({ message: 'docStorePageId must be a string' })
  @IsDefined({ message: 'docStorePageId is required' })
  docStorePageId!: string;

  @ApiProperty({ required: true })
  @IsInt({ message: 'bytes must be an integer' })
  @IsDefined({ message: 'bytes is required' })
  bytes!: number;

  @ApiProperty({ required: true })
  @IsString({ message: 'etag must be a string' })
  @IsDefined({ message: 'etag is required' })
  etag!: string;
}

export class ScriptDocumentInput {
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
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;

  @ApiProperty({ required: true })
  @Max(999, { message: 'pageNumber must be at most 999' })
  @Min(1, { message: 'pageNumber must be at least 1' })
  @IsInt({ message: 'pageNumber must be an integer' })
  @IsDefined({ message: 'pageNumber is required' })
  pageNumber!: number;

  @ApiProperty({ required: true, description: "The PDF, base64." })
  @MaxLength(700000, { message: 'pdf must be at most 700000 characters' })
  @IsString({ message: 'pdf must be a string' })
  @IsDefined({ message: 'pdf is required' })
  pdf!: string;
}

export class ScriptRequest {
  @ApiProperty({ required: true })
  @IsContractFormat('uuid', { message: 'scriptRequestId must be a UUID' })
  @IsString({ message: 'scriptRequestId must be a string' })
  @IsDefined({ message: 'scriptRequestId is required' })
  scriptRequestId!: string;

  @ApiProperty({ required: true })
  @IsIn(["Fulfilled","Pending"], { message: 'status must be one of: Fulfilled, Pending' })
  @IsDefined({ message: 'status is required' })
  status!: "Fulfilled" | "Pending";

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
}

export class ScriptRequestInput {
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
  @Matches(/^[0-9A-Z]{1,3}$/, { message: 'componentId must match ^[0-9A-Z]{1,3}$' })
  @IsString({ message: 'componentId must be a string' })
  @IsDefined({ message: 'componentId is required' })
  componentId!: string;
}

export class SessionResultStatus {
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
  @IsString({ message: 'sessionName must be a string' })
  @IsDefined({ message: 'sessionName is required' })
  sessionName!: string;

  @ApiProperty({ required: true })
  @IsIn(["NotStarted","Provisional","Embargoed","Released"], { message: 'resultStatus must be one of: NotStarted, Provisional, Embargoed, Released' })
  @IsDefined({ message: 'resultStatus is required' })
  resultStatus!: "NotStarted" | "Provisional" | "Embargoed" | "Released";

  @ApiProperty({ required: true })
  @IsContractFormat('date-time', { message: 'releaseDate must be an RFC 3339 date-time with offset (YYYY-MM-DDThh:mm:ssZ)' })
  @IsString({ message: 'releaseDate must be a string' })
  @IsOptional()
  releaseDate!: string | null;
}
