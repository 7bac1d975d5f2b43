// Helpers for CLI tests: run a command in-process (fast), or the real CLI through main.ts in a child process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { Command } from '../../src/cli/command.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs a command in-process (no child process, no loading of the whole registry); resolves to its exit code and
 * printed lines, or the error it threw.
 */
export async function runCommand(command: Command, argv: string[]): Promise<{ code?: number; out: string; error?: Error & { exitCode?: number; code?: string; suggestions?: string[] } }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    const code = await command.run(argv);
    return { code, out: lines.join('\n') };
  } catch (error) {
    return { out: lines.join('\n'), error: error as Error };
  } finally {
    spy.mockRestore();
  }
}

/**
 * Runs the whole CLI in-process (`main()` of src/cli/run.ts: command word, common options, error lines, exit codes);
 * resolves to its exit code and what it printed on stdout and stderr.
 */
export async function runMain(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  try {
    const { main } = await import('../../src/cli/run.ts');
    const code = await main(argv);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** Runs `sco-kg <args>` as a user would (node + tsx + src/cli/main.ts); resolves to exit code, stdout and stderr. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
