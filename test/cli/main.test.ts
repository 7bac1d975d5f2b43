// The real CLI (src/cli/main.ts in a child process): exit codes 0 / 1 / 2, usage on bad arguments, closest matches.
import { describe, expect, it } from 'vitest';
import { MINI_GRAPH_PATH as G } from '../query/fixture.ts';
import { runCli } from './helpers.ts';

describe.concurrent('kg through main.ts', () => {
  it('a query prints a table and exits 0', async () => {
    const { code, stdout } = await runCli(['neighbours', G, 'Wang Yi', '--relation', 'met']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sergei Aleinik\s+person\s+met/m);
  });

  it('an unknown name gives the closest matches and exit code 1', async () => {
    const { code, stderr } = await runCli(['meetings', G, 'Wang Yu']);
    expect(code).toBe(1);
    expect(stderr).toContain('sco-kg: no person named "Wang Yu" in the graph');
    expect(stderr).toContain('closest matches: Wang Yi');
  });

  it('bad arguments print the usage and exit 2', async () => {
    const { code, stderr } = await runCli(['neighbours', G, 'Wang Yi', '--depth', 'two']);
    expect(code).toBe(2);
    expect(stderr).toContain('--depth must be a whole number');
    expect(stderr).toContain('usage: sco-kg neighbours|neighbors <graph.json | graph.db> "<name>" [options]');
  });
});
