/**
 * Custom actor groups for networks (`--level groups --groups FILE`): a CSV or TSV
 * of `code,group` lines ('#' comments, optional `code,group` header). An actor
 * takes the group of its own code, else of its country, else keeps its
 * country-level code (sql.ts levelSql).
 */
import { readFileSync } from 'node:fs';

/** Read a groups file; errors name the file and line. */
export function readGroups(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${path}: cannot read groups file: ${(e as Error).message}`);
  }
  const out: Record<string, string> = {};
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const cells = t.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (i === 0 && cells[0].toLowerCase() === 'code') return;
    if (cells.length < 2 || !cells[0] || !cells[1]) throw new Error(`${path}:${i + 1}: expected 'code,group', got ${JSON.stringify(t.slice(0, 80))}`);
    if (!/^[A-Za-z0-9_ .:\/+-]+$/.test(cells[0]) || !/^[A-Za-z0-9_ .:\/+-]+$/.test(cells[1])) throw new Error(`${path}:${i + 1}: codes and group names may hold letters, digits, space and _ . : / + - only`);
    out[cells[0]] = cells[1];
  });
  if (Object.keys(out).length === 0) throw new Error(`${path}: no 'code,group' lines`);
  return out;
}

