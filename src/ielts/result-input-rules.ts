import { ApiError, type FieldProblem } from '../errors/api-error.js';
import type { IeltsResultInput } from './generated/ielts.dto.js';

/** What the contract cannot say of a result: real calendar dates, known country codes, whole OSR data. */
export function resultInputProblems(input: IeltsResultInput, countryCodes: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ location: 'body', field, message });
  for (const field of ['testDate', 'dateOfBirth', 'osrTestDate'] as const) {
    const value = input[field];
    if (value && !isCalendarDate(value)) problem(field, `${field} is not a calendar date: ${value}`);
  }
  for (const field of ['nationality', 'countryOfOrigin', 'countryCode'] as const) {
    const value = input[field];
    if (value && !countryCodes.has(value)) problem(field, `${field} ${value} is not in the country table (GET /v1/ielts/country-codes)`);
  }
  const osr = [input.osrSkill, input.osrTestDate, input.osrOriginalTrfNumber];
  if (osr.some((v) => v) && !osr.every((v) => v)) {
    problem('osrSkill', 'a One Skill Retake needs osrSkill, osrTestDate and osrOriginalTrfNumber together');
  }
  if (input.dateOfBirth && input.testDate && input.dateOfBirth >= input.testDate) problem('dateOfBirth', 'dateOfBirth must be before testDate');
  return problems;
}

/** `countryCodes`: the country table's codes (CountryCodesService). */
export function assertValidResultInput(input: IeltsResultInput, countryCodes: ReadonlySet<string>): void {
  const problems = resultInputProblems(input, countryCodes);
  if (problems.length) throw new ApiError(60002, problems.map((p) => p.message).join('; '), { details: problems });
}

export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
