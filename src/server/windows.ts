/**
 * Calendar windows the server groups events by: month (`2014-06`), quarter
 * (`2014-Q3`), year (`2014`) or everything (`all`). A window id maps to a
 * closed date range; ids that are not of the chosen period are rejected.
 */
export type Period = 'month' | 'quarter' | 'year' | 'all';

export const PERIODS: Period[] = ['month', 'quarter', 'year', 'all'];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The window of a date (YYYY-MM-DD). */
export function windowOf(date: string, period: Period): string {
  const y = date.slice(0, 4), m = Number(date.slice(5, 7));
  if (period === 'month') return `${y}-${pad(m)}`;
  if (period === 'quarter') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  if (period === 'year') return y;
  return 'all';
}

/** The SQL expression giving the window id of a DATE column. */
export function windowSql(column: string, period: Period): string {
  if (period === 'month') return `strftime(${column}, '%Y-%m')`;
  if (period === 'quarter') return `(strftime(${column}, '%Y') || '-Q' || CAST(quarter(${column}) AS VARCHAR))`;
  if (period === 'year') return `strftime(${column}, '%Y')`;
  return `'all'`;
}

/** Date range [from, to] of a window id, or null when the id is not a window of this period. */
export function rangeOf(id: string, period: Period): { from: string; to: string } | null {
  let m: RegExpMatchArray | null;
  if (period === 'all') return id === 'all' ? { from: '0001-01-01', to: '9999-12-31' } : null;
  if (period === 'month' && (m = id.match(/^(\d{4})-(\d{2})$/))) {
    const y = Number(m[1]), mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` };
  }
  if (period === 'quarter' && (m = id.match(/^(\d{4})-Q([1-4])$/))) {
    const y = Number(m[1]), q = Number(m[2]);
    const m0 = (q - 1) * 3 + 1, m1 = m0 + 2;
    return { from: `${m[1]}-${pad(m0)}-01`, to: `${m[1]}-${pad(m1)}-${pad(lastDay(y, m1))}` };
  }
  if (period === 'year' && (m = id.match(/^(\d{4})$/))) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  return null;
}
