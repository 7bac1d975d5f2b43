// Build progress: a bar redrawn in place on a terminal, a plain line per tenth of the work otherwise.
import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from '../../src/cli/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progress', () => {
  it.each([
    [50, 200, 10, true, /^extracting: \[#{6} {18}\] 50\/200 files {2}5\.0 files\/s {2}ETA 30 s$/],
    [200, 200, 125, false, /^extracting: 200\/200 files {2}1\.6 files\/s {2}in 2 min 5 s$/],
    [0, 10, 0, false, /ETA \?$/],
  ] as const)('%i of %i after %i s (bar %s)', (done, total, seconds, bar, expected) => {
    expect(progressLine('extracting', done, total, seconds, bar)).toMatch(expected);
  });

  it('writes one plain line per tenth of the work when not a terminal, nothing when quiet', () => {
    const { writes, stream } = fakeStream(false);
    const p = progressReporter('extracting', stream);
    for (let i = 0; i <= 100; i++) p.update(i, 100);
    p.finish();
    expect(writes).toHaveLength(11);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    const quiet = fakeStream(false);
    const q = progressReporter('extracting', quiet.stream, true);
    q.update(5, 10);
    q.finish();
    expect(quiet.writes).toEqual([]);
  });

  it('redraws one line in place on a terminal and ends it', () => {
    const { writes, stream } = fakeStream(true);
    const p = progressReporter('extracting', stream);
    p.update(0, 3);
    p.update(3, 3);
    p.finish();
    expect(writes.slice(0, 2).every((w) => w.startsWith('\r'))).toBe(true);
    expect(writes.at(-1)).toBe('\n');
  });
});
