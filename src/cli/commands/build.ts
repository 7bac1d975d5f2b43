// `kg build <dir> --out <file>`: read articles, extract, write graphology JSON.
import type { Command } from '../command.ts';
import { KgError } from '../../errors.ts';

export const build: Command = {
  name: 'build',
  summary: 'build the knowledge graph from a folder of articles',
  usage: 'usage: npm run kg -- build [dir=data/articles] [--out out/graph.json] [--workers N] [--quiet]',
  async run() {
    throw new KgError('E_TODO', 'build is being written');
  },
};
