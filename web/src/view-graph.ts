// The graph type the viewer works on: any graphology graph whose attributes follow the contract.
import type Graph from 'graphology';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../src/graph/types.ts';

/** A graph in the contract's shape. Built graphs are MultiDirected; opened files may be mixed or undirected. */
export type ViewGraph = Graph<EntityAttributes, RelationAttributes, GraphAttributes>;
