// XML escaping that always gives well-formed XML 1.0, whatever the input string holds. Browser-safe.

/** Characters XML 1.0 forbids: C0 controls but tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces every character XML 1.0 cannot carry with U+FFFD (the replacement character), so the loss is visible. */
export function toXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '\uFFFD');
}

/** Characters an id escapes: the XML-invalid ones, and the backslash that starts an escape. */
const ID_ESCAPED = /[\\\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/g;

/**
 * A node or edge key as an XML id: unchanged unless it holds characters XML cannot carry (or a backslash), which are
 * escaped one to one (`\u0001`, `\\`), so two keys never share an id the way {@link toXmlChars} would make them.
 * A valid surrogate pair is kept.
 */
export function xmlId(key: string): string {
  return key.replace(ID_ESCAPED, (c, i: number) => {
    if (c === '\\') return '\\\\';
    const code = c.charCodeAt(0);
    const pair = (code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(key[i + 1] ?? '')) || (code >= 0xdc00 && code <= 0xdfff && /[\ud800-\udbff]/.test(key[i - 1] ?? ''));
    return pair ? c : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Escapes a string for a double-quoted attribute value. Tab, newline and carriage return become character references,
 * so a conforming parser gives them back instead of normalising them to spaces.
 */
export function escapeAttribute(value: string): string {
  return toXmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Escapes a string for element content. */
export function escapeText(value: string): string {
  return toXmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attributes of one element, in order; `undefined` values are left out. */
export type XmlAttributes = [name: string, value: string | number | boolean | undefined][];

/** `<name a="1" b="2"` — the start of a tag, attributes escaped. */
export function openTag(name: string, attributes: XmlAttributes = []): string {
  let tag = `<${name}`;
  for (const [key, value] of attributes) if (value !== undefined) tag += ` ${key}="${escapeAttribute(String(value))}"`;
  return tag;
}
