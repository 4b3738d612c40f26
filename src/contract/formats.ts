/**
 * The one reading of the contracts' string formats: the generated validators call these predicates,
 * and the tests' Ajv registers the same functions, so runtime and tests agree on what is valid.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/;
const OFFSET = /^(Z|z|[+-](\d{2}):(\d{2}))$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The WHATWG/HTML form of an e-mail address (what browsers accept), ASCII only.
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` naming a day that exists (RFC 3339 full-date), years 0001 to 9999. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isClockTime(value: string): boolean {
  const match = TIME.exec(value);
  return !!match && Number(match[1]) <= 23 && Number(match[2]) <= 59 && Number(match[3]) <= 59;
}

/** RFC 3339 date-time with an offset: `2027-03-01T09:00:00Z`, `2027-03-01T09:00:00.5+01:00`. */
export function isDateTime(value: string): boolean {
  const t = value.search(/[Tt]/);
  if (t !== 10) return false;
  const rest = value.slice(11);
  const offsetAt = rest.search(/[Zz+-]/);
  if (offsetAt < 0) return false;
  const offset = OFFSET.exec(rest.slice(offsetAt));
  if (!offset || (offset[2] !== undefined && (Number(offset[2]) > 23 || Number(offset[3]) > 59))) return false;
  return isCalendarDate(value.slice(0, 10)) && isClockTime(rest.slice(0, offsetAt));
}

/** A date-time without an offset (the OpenAPI format registry's `date-time-local`): `2027-03-01T09:00:00`. */
export function isLocalDateTime(value: string): boolean {
  return value.length >= 19 && /^[Tt]$/.test(value[10]) && isCalendarDate(value.slice(0, 10)) && isClockTime(value.slice(11));
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** An absolute http(s) URL, as webhook and track endpoints need. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return !!new URL(value).host;
  } catch {
    return false;
  }
}

/** Every `format` the contracts may use, and its check. The generator refuses any other. */
export const STRING_FORMATS: Record<string, (value: string) => boolean> = {
  date: isCalendarDate,
  'date-time': isDateTime,
  'date-time-local': isLocalDateTime,
  uuid: isUuid,
  email: isEmailAddress,
  uri: isHttpUrl,
};

/** Formats that only describe a body's bytes (a PDF, base64 text): nothing to check per value. */
export const DESCRIPTIVE_FORMATS = new Set(['binary']);
