// The store's tables (SQLite, one file next to the graph, e.g. out/graph.db). Users may open it with any SQLite tool.
//
// Two halves:
// - the extraction cache, kept from build to build: `files` (one row per article file, with its content hash, the
//   extractor version that read it and the packed extraction), `articles` and `sentences` (the evidence sentences
//   the extraction found, with full-text search in `sentences_fts`);
// - the graph, rewritten by every build from the cache: `nodes`, `edges`, `evidence` (every supporting sentence of
//   every edge, also as the view `evidence`, one row per sentence) and `names` (labels and aliases folded for lookup).

/** Bumped when the tables change; a store of another version is rebuilt from scratch. */
export const SCHEMA_VERSION = 5;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- one row per article file: its fingerprint, the extractor version that read it and what it gave
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY,          -- relative to the article folder, '/'-separated
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,         -- ms
  hash TEXT NOT NULL,             -- sha1 of the bytes
  version TEXT NOT NULL,          -- extractor version
  batch BLOB NOT NULL,            -- the packed extraction (v8 serialised PackedBatch, deflated)
  skipped TEXT NOT NULL           -- JSON list of {file, reason}
);

-- one row per article; duplicate_of is set when an article with a smaller id has the same text, copies lists its
-- near-duplicates (wire copies, counted once)
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  title TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  author TEXT,
  hash TEXT NOT NULL,             -- sha1 of the cleaned text
  duplicate_of TEXT,
  fields TEXT,                    -- JSON: the export record's own fields the reader does not know
  copies TEXT                     -- JSON: the other printings of the same story, [{article, source?}] (rewritten by every build)
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);

-- sentences that support at least one extracted relation; start/end are offsets in the article's cleaned text
CREATE TABLE IF NOT EXISTS sentences (
  id INTEGER PRIMARY KEY,
  article TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (article, start)
);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

-- the graph of the last build
CREATE TABLE IF NOT EXISTS nodes (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  attributes TEXT NOT NULL        -- JSON, as in the graph file
);
CREATE TABLE IF NOT EXISTS names (
  name TEXT NOT NULL,             -- label or alias, folded (normalizeName)
  node TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS names_name ON names(name);
CREATE TABLE IF NOT EXISTS edges (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  relation TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  weight INTEGER NOT NULL,
  attributes TEXT NOT NULL,       -- JSON, as in the graph file but without evidence (see the evidence column)
  evidence TEXT NOT NULL          -- JSON: every supporting sentence as [article, start, end, date?, rule?], article then offset order
);
CREATE INDEX IF NOT EXISTS edges_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
-- every sentence that supports an edge, one row each (a view over edges.evidence and sentences)
CREATE VIEW IF NOT EXISTS evidence AS
  SELECT e.id AS edge, e.key AS edge_key, e.relation AS relation, CAST(j.key AS INTEGER) AS seq,
         json_extract(j.value, '$[0]') AS article, json_extract(j.value, '$[1]') AS start,
         json_extract(j.value, '$[2]') AS end, json_extract(j.value, '$[3]') AS date, json_extract(j.value, '$[4]') AS rule,
         s.text AS sentence
  FROM edges e JOIN json_each(e.evidence) j
  LEFT JOIN sentences s ON s.article = json_extract(j.value, '$[0]') AND s.start = json_extract(j.value, '$[1]');
`;

/** Tables of the graph half, emptied before each build writes them again. */
export const GRAPH_TABLES = ['nodes', 'names', 'edges'] as const;
