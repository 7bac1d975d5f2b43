// Build progress on stderr: a bar with rate and ETA redrawn in place on a terminal, plain lines (every tenth of the
// work) otherwise, nothing with --quiet.

/** Reports `done` of `total` items; `finish` ends the bar's line. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const WIDTH = 24;

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.ceil(s)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s % 60)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The line for `done` of `total` after `seconds`: count, per second, time left. */
export function progressLine(what: string, done: number, total: number, seconds: number, bar: boolean): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const filled = total ? Math.round((WIDTH * done) / total) : WIDTH;
  const head = bar ? `[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ` : '';
  return `${what}: ${head}${done}/${total} files  ${rate.toFixed(rate < 10 ? 1 : 0)} files/s  ${done < total ? `ETA ${duration(eta)}` : `in ${duration(seconds)}`}`;
}

/** A progress reporter writing to `stream`: a bar when it is a terminal, else a line per tenth of the work. */
export function progressReporter(what: string, stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const t0 = performance.now();
  const tty = !!stream.isTTY;
  let lastDraw = 0;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (quiet || total === 0) return;
      const now = performance.now();
      const seconds = (now - t0) / 1000;
      if (tty) {
        if (done < total && now - lastDraw < 100) return;
        lastDraw = now;
        stream.write(`\r${progressLine(what, done, total, seconds, true)}\x1b[K`);
        drawn = true;
        return;
      }
      const tenth = Math.floor((10 * done) / total);
      if (tenth === lastTenth || (done === 0 && total > 0 && lastTenth >= 0)) return;
      lastTenth = tenth;
      stream.write(`${progressLine(what, done, total, seconds, false)}\n`);
    },
    finish() {
      if (tty && drawn) stream.write('\n');
    },
  };
}
