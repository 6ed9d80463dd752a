/**
 * Bytes → text. Text must be UTF-8: a NUL byte marks a binary file (refused);
 * invalid UTF-8 is decoded with U+FFFD replacement characters and reported as
 * a warning naming the line of the first bad byte (the rest of the text is kept).
 */
import { InputError } from './errors.ts';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Offset of the first NUL byte, or -1. */
export function nulAt(buf: Uint8Array): number {
  return buf.indexOf(0);
}

/** Offset of the first byte that is not valid UTF-8, or -1 (a straightforward validator). */
export function invalidUtf8At(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need > n - 1) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset. */
export function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 10) line++;
  return line;
}

/**
 * Decode `buf` read from `file` (starting at line `firstLine`). Throws an InputError for
 * binary content; calls `warn` once for invalid UTF-8 and decodes with replacement.
 */
export function decode(buf: Uint8Array, file: string, warn: (e: InputError) => void, firstLine = 1): string {
  const nul = nulAt(buf);
  if (nul >= 0) throw new InputError(file, `binary file (NUL byte at offset ${nul}), not text`, { line: firstLine > 1 ? firstLine : null });
  try {
    return strict.decode(buf);
  } catch {
    const at = invalidUtf8At(buf);
    const line = firstLine + (at >= 0 ? lineAt(buf, at) - 1 : 0);
    warn(new InputError(file, 'invalid UTF-8; decoded with replacement characters (U+FFFD)', { line, warning: true }));
    return lenient.decode(buf);
  }
}
