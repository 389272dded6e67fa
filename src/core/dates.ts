/**
 * Dates as workbooks hold them, read exactly: a day, never a moment (no time zone, no Date parsing
 * of strings). A cell with a date is an Excel serial number with a date format (Excel's 1900 date
 * system: 1 is 1 January 1900, and 60 the 29 February 1900 Excel counts though it never was), or a
 * date typed as text the Dutch way: "12-03-2024", "12/3/24", "12.03.2024", "2024-03-12",
 * "12 maart 2024", "12 mrt. 2024", "di 12 maart 2024".
 */
import { foldText } from "./text";

export interface DayDate {
  year: number;
  /** 1 to 12 */
  month: number;
  /** 1 to 31 */
  day: number;
}

/** The last serial number Excel knows: 31 December 9999. */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dayDate(year: number, month: number, day: number): DayDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * The day of an Excel serial number (the time of day, its fraction, left out); null outside Excel's
 * dates and for Excel's 29 February 1900.
 */
export function dateFromSerial(serial: number): DayDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // From 1 March 1900 on, serial n is n days after 30 December 1899; before it, one day less.
  const days = whole < 60 ? whole + 1 : whole;
  const date = new Date(Date.UTC(1899, 11, 30) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WEEKDAY = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WRITTEN = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/;

/** A two-digit year is this century's: "12-03-24" is 2024. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The day a text names, day before month as in Dutch; null when it is no date, or no real day ("31-02-2024"). */
export function parseDateText(text: string): DayDate | null {
  const flat = foldText(text)
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim()
    .replace(WEEKDAY, "");
  if (flat.length > 30) return null;
  let match = NUMERIC.exec(flat);
  if (match) return dayDate(fullYear(match[4]), Number(match[3]), Number(match[1]));
  match = ISO.exec(flat);
  if (match) return dayDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = WRITTEN.exec(flat);
  if (match) {
    const month = MONTHS[match[2]];
    return month ? dayDate(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDays(a: DayDate, b: DayDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "12-03-2024" */
export function formatDay(date: DayDate): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.day)}-${two(date.month)}-${date.year}`;
}
