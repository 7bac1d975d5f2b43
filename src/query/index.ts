// Queries over a knowledge graph: pure functions in graphology's `fn(graph, …, options)` shape.
export { findEntity, resolveEntity, closestNames, type EntityMatch, type FindEntityOptions, type MatchKind } from './find-entity.ts';
export { neighbours, neighboursWithTotals, type Neighbour, type NeighboursOptions, type NeighboursResult, type Direction } from './neighbours.ts';
export { meetings, type Meeting, type MeetingsResult } from './meetings.ts';
export { summit, type SummitInfo, type SummitParticipant } from './summit.ts';
export { shortestPath, PATH_RELATIONS, type PathResult, type PathStep, type ShortestPathOptions } from './shortest-path.ts';
export { egoNetwork, type EgoNetworkOptions } from './ego-network.ts';
export { AmbiguousNameError, type Candidate } from './errors.ts';
export { normalizeName } from './normalize.ts';
export { firstDate, factDates } from './dates.ts';
