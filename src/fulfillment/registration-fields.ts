import type { FieldProblem } from '../errors/api-error.js';

/** The registration fields of the iTEP document, plus `Email`, which the document's own example sends. */
export const REGISTRATION_FIELDS = [
  'Last_Name',
  'First_Name',
  'Middle_Name',
  'Email',
  'DOB_Month',
  'DOB_Day',
  'DOB_Year',
  'Contact_Phone',
  'Address',
  'City',
  'Birthday',
  'Country',
  'Nationality',
  'OIN',
  'OIN_Country',
  'OIN_Type',
  'Language',
  'Center',
  'Gender',
  'Education',
  'Taken_Test',
  'DOT_Month',
  'DOT_Day',
  'DOT_Year',
  'Location',
  'Admin_Test_Location',
  'Agree',
  'Honest',
  'Applying_To_School',
  'Apply_School_Type_1',
  'Apply_School_Name_1',
  'Apply_School_Other_1',
  'Apply_School_Type_2',
  'Apply_School_Name_2',
  'Apply_School_Other_2',
  'Apply_School_Type_3',
  'Apply_School_Name_3',
  'Apply_School_Other_3',
  'Field_Of_Study',
  'Location_Country',
  'Location_Region',
  'Location_Name',
  'trSchoolLevel',
  'trReferral',
  'trExternal_ID',
  'trCampus',
  'trCollege',
  'trDepartment',
  'trDegree',
  'trStatus',
  'trAttribute',
  'trStudent_Number',
  'trBatch_Number',
] as const;

export const GENDERS = ['Male', 'Female', 'Other', 'M', 'F'];
export const EDUCATION_LEVELS = ['Primary', 'Secondary', 'High School', 'Vocational', 'Associate', 'Bachelor', 'Master', 'Doctorate', 'Other'];
export const STUDY_FIELDS = [
  'Arts',
  'Biology',
  'Business',
  'Chemistry',
  'Computer Science',
  'Economics',
  'Education',
  'Engineering',
  'Health Sciences',
  'Humanities',
  'Law',
  'Mathematics',
  'Medicine',
  'Physics',
  'Social Sciences',
  'Other',
];

const KNOWN = new Set<string>(REGISTRATION_FIELDS);

/** The value as the document's messages show it: `[value]` with the value inside the brackets. */
const shown = (value: unknown) => `[${typeof value === 'string' ? value : JSON.stringify(value)}]`;

function oneOf(list: string[], value: unknown): boolean {
  return typeof value === 'string' && list.some((item) => item.toLowerCase() === value.trim().toLowerCase());
}

function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value)) return Number(value);
  return undefined;
}

const monthProblem = (v: unknown, n = wholeNumber(v)) => (n === undefined || n < 1 || n > 12 ? `Out of range Birth Month ${shown(v)}.` : undefined);
const dayProblem = (v: unknown, n = wholeNumber(v)) => (n === undefined || n < 1 || n > 31 ? `Out of range Birth Day ${shown(v)}.` : undefined);
const yearProblem = (v: unknown, n = wholeNumber(v)) => (n === undefined || n <= 1900 ? `Out of range Birth Year ${shown(v)}.` : undefined);

/** `M/D/YYYY`, `D-M-YYYY`, or ISO `YYYY-MM-DD` (the document's example); answers month, day and year. */
export function parseBirthday(value: string): { month: number; day: number; year: number } | undefined {
  const text = value.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return { month: Number(match[1]), day: Number(match[2]), year: Number(match[3]) };
  match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (match) return { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  return undefined;
}

function birthdayProblems(value: unknown): string[] {
  const parsed = typeof value === 'string' ? parseBirthday(value) : undefined;
  if (!parsed) return [`Unable to parse Birth Date ${shown(value)}.`];
  return [monthProblem(parsed.month), dayProblem(parsed.day), yearProblem(parsed.year)].filter((p): p is string => !!p);
}

/** Every problem of a registration object, each with the document's own message. */
export function registrationProblems(registration: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string | undefined) => {
    if (message) problems.push({ location: 'body', field: `registration.${field}`, message });
  };
  for (const [field, value] of Object.entries(registration)) {
    if (!KNOWN.has(field)) {
      add(field, `Unknown registration field [${field}].`);
      continue;
    }
    if (value !== null && typeof value === 'object') {
      add(field, `Registration field ${field} must be a string or a number.`);
      continue;
    }
    switch (field) {
      case 'DOB_Month':
        add(field, monthProblem(value));
        break;
      case 'DOB_Day':
        add(field, dayProblem(value));
        break;
      case 'DOB_Year':
        add(field, yearProblem(value));
        break;
      case 'Birthday':
        for (const message of birthdayProblems(value)) add(field, message);
        break;
      case 'Gender':
        if (!oneOf(GENDERS, value)) add(field, `Invalid Gender ${shown(value)}.`);
        break;
      case 'Education':
        if (!oneOf(EDUCATION_LEVELS, value)) add(field, `Invalid Education ${shown(value)}.`);
        break;
      case 'Field_Of_Study':
        if (!oneOf(STUDY_FIELDS, value)) add(field, `Invalid Study Field ${shown(value)}.`);
        break;
      default:
        if (typeof value === 'string' && value.length > 500) add(field, `Registration field ${field} is longer than 500 characters.`);
    }
  }
  return problems;
}
