// Bytes → text: UTF-8 (BOM stripped), Latin-1 when the bytes are not valid UTF-8; binary files are refused.

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'latin1' } | { ok: false; reason: string };

/** Decodes a file's bytes; a NUL byte or many control characters mark it binary. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i];
    if (b === 0) return { ok: false, reason: 'binary file (NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length * 0.05) return { ok: false, reason: 'binary file (control bytes)' };
  let text: string;
  let encoding: 'utf-8' | 'latin1' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
    encoding = 'latin1';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'no text' };
  return { ok: true, text, encoding };
}
