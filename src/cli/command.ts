// The shape of one CLI command; commands/index.ts lists them and main.ts dispatches.

export interface Command {
  /** word after `sco-kg`, e.g. "build" */
  name: string;
  /** other words for it, e.g. "neighbors" */
  aliases?: string[];
  /** one line for `sco-kg --help` */
  summary: string;
  /** usage lines, printed on `sco-kg <name> --help` and on a UsageError */
  usage: string;
  /** runs the command with the words after its name; resolves to the exit code */
  run(argv: string[]): Promise<number>;
}
