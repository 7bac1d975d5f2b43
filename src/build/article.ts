// One article as read from disk: cleaned text plus the metadata found in it.

/** An article ready for extraction. `id` is stable (derived from the file path), `text` is the cleaned body. */
export interface Article {
  id: string;
  file: string;
  title: string;
  text: string;
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  /** fields of the record the article came from that the reader does not know (an export's own columns) */
  fields?: Record<string, unknown>;
}
