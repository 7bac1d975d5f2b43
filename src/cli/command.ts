// The shape of one CLI command; commands/index.ts lists them and main.ts dispatches.

export interface Command {
  /** word after `kg`, e.g. "build" */
  name: string;
  /** one line for `kg help` */
  summary: string;
  /** usage lines, printed on `kg <name> --help` and on a UsageError */
  usage: string;
  /** runs the command with the words after its name; resolves to the exit code */
  run(argv: string[]): Promise<number>;
}
