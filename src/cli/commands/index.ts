// Registry of CLI commands, in the order `kg help` lists them.
import type { Command } from '../command.ts';
import { build } from './build.ts';

export const COMMANDS: Command[] = [build];
