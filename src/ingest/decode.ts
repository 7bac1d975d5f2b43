// Bytes → text: UTF-8 (BOM stripped), UTF-16 with a byte-order mark, Latin-1 when the bytes are mostly not UTF-8;
// a few invalid bytes in UTF-8 text become U+FFFD (with a warning) rather than turning the whole file to mojibake.

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1'; /** what was altered, for the build's report */ warning?: string }
  | { ok: false; reason: string };

/**
 * Decodes a file's bytes. UTF-16 is recognised by its byte-order mark; otherwise a NUL byte or many control
 * characters mark the file binary. Text that is UTF-8 but for a few bytes (fewer bad sequences than valid multi-byte
 * characters) keeps its UTF-8 reading with U+FFFD for each bad sequence; other text is read as Latin-1 (both say so
 * in `warning`).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return finish(new TextDecoder(utf16).decode(bytes), utf16);
  const probe = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < probe.length; i++) {
    const b = probe[i];
    if (b === 0) return { ok: false, reason: 'binary file (NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > probe.length * 0.05) return { ok: false, reason: 'binary file (control bytes)' };
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // UTF-8 with a few bad bytes holds more valid multi-byte characters than bad ones; Latin-1 text holds (next to) none
    const text = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let valid = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
    }
    if (valid > 0 && bad <= valid) {
      return finish(text, 'utf-8', `${bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD`);
    }
    return finish(new TextDecoder('latin1').decode(bytes), 'latin1', 'not UTF-8: read as Latin-1');
  }
}

function finish(raw: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1', warning?: string): Decoded {
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'no text' };
  return warning ? { ok: true, text, encoding, warning } : { ok: true, text, encoding };
}
