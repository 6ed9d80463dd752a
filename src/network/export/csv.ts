/**
 * The dyad-window table (table.ts) as CSV, RFC 4180: comma separated, a header
 * row, fields quoted when they hold a comma, quote, CR or LF (quotes doubled),
 * empty field for NULL, numbers in JavaScript's shortest round-trip form.
 */
import type { Networks } from '../build.ts';
import { DYAD_COLUMNS, dyadTable, type Cell } from './table.ts';

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(nets: Networks): string {
  const lines = [DYAD_COLUMNS.map((c) => c.name).join(',')];
  for (const row of dyadTable(nets)) lines.push(row.map(csvField).join(','));
  return lines.join('\n') + '\n';
}
