// Public API of sco-kg: build a knowledge graph from SCO news, load it, query it, export it.
export { buildGraph, buildFromDirectory, type Article, type BuildOptions, type BuildReport } from './build/index.ts';
export * from './graph/types.ts';
export { KgError, UsageError, NotFoundError, EXIT, exitCodeOf } from './errors.ts';

export { loadGraph } from './io/load-graph.ts';

export {
  findEntity,
  resolveEntity,
  closestNames,
  neighbours,
  neighboursWithTotals,
  meetings,
  summit,
  shortestPath,
  egoNetwork,
  normalizeName,
  firstDate,
  factDates,
  AmbiguousNameError,
  PATH_RELATIONS,
  type EntityMatch,
  type FindEntityOptions,
  type MatchKind,
  type Neighbour,
  type NeighboursOptions,
  type NeighboursResult,
  type Direction,
  type Meeting,
  type MeetingsResult,
  type SummitInfo,
  type SummitParticipant,
  type PathResult,
  type PathStep,
  type ShortestPathOptions,
  type EgoNetworkOptions,
  type Candidate,
} from './query/index.ts';

export {
  EXPORTERS,
  findExporter,
  writeGexf,
  writeJson,
  writeNeo4jCsv,
  GEXF_NAMESPACES,
  NEO4J_ARRAY_DELIMITER,
  type Exporter,
  type ExportOptions,
  type GexfOptions,
  type GexfVersion,
  type GexfVizNamespace,
} from './export/index.ts';
export { writeExport } from './export/write-export.ts';
export { score as scoreGraph, formatScore } from './eval/score.ts';

export { StoreReader, withStore, ftsQuery, type SearchHit, type StoredEvidence } from './store/read-store.ts';
export { storeNeighbours, storeMeetings, storeSummit, storePath } from './store/queries.ts';
export { isStorePath, storePathFor } from './store/open-store.ts';
export { fillSentencesFromStore } from './store/fill-sentences.ts';
