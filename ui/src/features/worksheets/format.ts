import type { CellValue } from './api';

/** An instant of the API in the user's locale: "Nov 21, 2025, 2:03:12 PM", or "11/21/25, 2:03:12 PM" when short. */
export function formatDateTime(instant: string | null | undefined, dateStyle: 'medium' | 'short' = 'medium'): string {
  if (!instant) return '';
  return new Date(instant).toLocaleString(undefined, { dateStyle, timeStyle: 'medium' });
}

/** A duration as people read it: "850 ms", "12.4 s", "3 min 05 s". */
export function formatDuration(millis: number | null | undefined): string {
  if (millis === null || millis === undefined) return '';
  if (millis < 1000) return `${millis} ms`;
  if (millis < 60_000) return `${(millis / 1000).toFixed(1)} s`;
  const seconds = Math.floor(millis / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export type CellKind = 'number' | 'boolean' | 'temporal' | 'nested' | 'text';

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)\b/i;
const TEMPORAL = /^(DATE|TIME|TIMESTAMP)/i;
const NESTED = /(\[\d*\]$|^(STRUCT|MAP|UNION|LIST)\b)/i;

/** How a column of the engine's type {@code type} is shown. */
export function kindOf(type: string): CellKind {
  if (NESTED.test(type)) return 'nested';
  if (NUMERIC.test(type)) return 'number';
  if (/^BOOL/i.test(type)) return 'boolean';
  if (TEMPORAL.test(type)) return 'temporal';
  return 'text';
}

/** The text of a non-null cell: decimals with their scale, timestamps without the "T", lists and structs as JSON. */
export function formatCell(value: Exclude<CellValue, null>, type: string): string {
  if (typeof value === 'object') return JSON.stringify(value);
  const scale = /^(?:DECIMAL|NUMERIC)\(\d+,\s*(\d+)\)/i.exec(type)?.[1];
  if (typeof value === 'number' && scale !== undefined) return value.toFixed(Number(scale));
  // binary floating point: 15 significant digits drop the noise (19332.449999999993 is 19332.45)
  if (typeof value === 'number' && /^(DOUBLE|FLOAT|REAL)/i.test(type)) return String(Number(value.toPrecision(15)));
  if (typeof value === 'string' && kindOf(type) === 'temporal') return value.replace('T', ' ');
  return String(value);
}
