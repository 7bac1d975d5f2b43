// Text from articles and file names made safe to print on a terminal: control characters (escape sequences, line
// breaks, carriage returns), C1 controls and bidirectional overrides are shown as escapes instead of acting.

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** `text` with every control or direction-changing character replaced by a visible escape (`\n`, `\e`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
