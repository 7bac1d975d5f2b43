// Shared helpers of the hostile-input tests: temporary folders of articles, invented prose.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Invented sentences of the shapes SCO news uses (no text of the development sets). */
export const PROSE = [
  'President Arman Tolegen met Prime Minister Dilnoza Karimova in Astana on Tuesday to discuss transit corridors.',
  'The foreign ministers of the member states gathered in Bishkek to prepare the documents of the next summit.',
  'Foreign Minister Rustam Safarov said the organisation would expand its work on water and energy security.',
];

/** A long paragraph (over 30 words) that page-chrome rules must never delete. */
export const PARAGRAPH = PROSE.join(' ');

/** A temporary folder holding `files` (name → text or bytes); sub-folders are made as needed. */
export function folder(files: Record<string, string | Buffer>, prefix = 'kg-hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
