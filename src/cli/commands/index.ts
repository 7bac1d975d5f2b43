// Registry of CLI commands, in the order `kg help` lists them.
import type { Command } from '../command.ts';
import { build } from './build.ts';
import { explain } from './explain.ts';
import { neighbours } from './neighbours.ts';
import { path } from './path.ts';
import { meetings } from './meetings.ts';
import { summit } from './summit.ts';
import { exportCommand } from './export.ts';
import { evalCommand } from './eval.ts';
import { text } from './text.ts';

export const COMMANDS: Command[] = [build, explain, neighbours, path, meetings, summit, exportCommand, evalCommand, text];
