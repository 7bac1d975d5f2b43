// WARC files (ISO 28500) of crawled pages, plain or gzipped (one gzip member per record, or the whole file): each
// response or resource record holding HTML or text is one article. A synchronous reader over the file's bytes, as the
// rest of ingest is: records are framed by their Content-Length, the HTTP response inside a response record is split
// from its headers and undone (chunked transfer, gzip/deflate/br content encoding), and its charset honoured.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface WarcPage {
  /** 1-based index of the record in the file */
  record: number;
  url?: string;
  /** WARC-Date: when the page was crawled (not when it was published) */
  crawled?: string;
  contentType: string;
  text: string;
  /** what decoding altered (invalid bytes replaced), for the build's report */
  warning?: string;
}

const CRLF2 = Buffer.from('\r\n\r\n');

/** Header lines to a lower-case map (the first of each name). */
function headers(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.split(/\r?\n/).slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) {
      const k = line.slice(0, i).trim().toLowerCase();
      if (!out.has(k)) out.set(k, line.slice(i + 1).trim());
    }
  }
  return out;
}

/** The body of a chunked HTTP transfer, joined. */
function unchunk(b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < b.length) {
    const eol = b.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(b.subarray(i, eol).toString('latin1').split(';')[0], 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(b.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeBody(body: Buffer, h: Map<string, string>): { text: string; warning?: string } {
  if (/chunked/i.test(h.get('transfer-encoding') ?? '')) body = unchunk(body);
  const enc = (h.get('content-encoding') ?? '').toLowerCase();
  try {
    if (enc.includes('gzip')) body = gunzipSync(body);
    else if (enc.includes('deflate')) body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch {
    // stored already decoded by the crawler, though the header still names the encoding
  }
  const charset = /charset=["']?([\w-]+)/i.exec(h.get('content-type') ?? '')?.[1] ?? /<meta[^>]{0,200}charset=["']?([\w-]+)/i.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8'); // a charset the decoder does not know
  }
  const text = decoder.decode(body);
  if (decoder.encoding !== 'utf-8' || !text.includes('\ufffd')) return { text };
  // each invalid sequence became U+FFFD: said, as for article files (U+FFFD written as such is no repair)
  const bad = countOf(text, '\ufffd') - countOf(body.toString('latin1'), '\xef\xbf\xbd');
  return bad > 0 ? { text, warning: `${bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD` } : { text };
}

function countOf(s: string, part: string): number {
  let n = 0;
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length)) n++;
  return n;
}

/** The file's bytes, ungzipped when they start with the gzip magic number. Throws on a broken gzip stream. */
export function warcBytes(bytes: Uint8Array): Buffer {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b[0] === 0x1f && b[1] === 0x8b ? gunzipSync(b) : b;
}

/** Pages in a WARC file's (ungzipped) bytes; `problems` gets one line per record that cannot be read. */
export function readWarc(b: Buffer, problems: string[]): WarcPage[] {
  const pages: WarcPage[] = [];
  let i = 0;
  let n = 0;
  while (i < b.length) {
    while (i < b.length && (b[i] === 0x0d || b[i] === 0x0a)) i++; // the blank lines between records
    if (i >= b.length) break;
    n++;
    if (b.toString('latin1', i, i + 5) !== 'WARC/') {
      problems.push(`record ${n}: no WARC header`);
      break;
    }
    const headEnd = b.indexOf(CRLF2, i);
    if (headEnd < 0) {
      problems.push(`record ${n}: truncated header`);
      break;
    }
    const h = headers(b.toString('utf8', i, headEnd));
    const length = Number(h.get('content-length'));
    const start = headEnd + 4;
    if (!Number.isInteger(length) || length < 0 || start + length > b.length) {
      problems.push(`record ${n}: bad Content-Length`);
      break;
    }
    const block = b.subarray(start, start + length);
    i = start + length;
    const type = (h.get('warc-type') ?? '').toLowerCase();
    if (type !== 'response' && type !== 'resource') continue;
    let contentType = h.get('content-type') ?? '';
    let body = block;
    let http = new Map<string, string>();
    if (/application\/http/i.test(contentType)) {
      const end = block.indexOf(CRLF2);
      if (end < 0) {
        problems.push(`record ${n}: no HTTP headers`);
        continue;
      }
      const status = block.toString('latin1', 0, Math.min(end, 40));
      http = headers(block.toString('latin1', 0, end));
      if (!/^HTTP\/[\d.]+ 2\d\d/.test(status)) continue; // redirects and errors are no articles
      contentType = http.get('content-type') ?? '';
      body = block.subarray(end + 4);
    }
    if (!/text\/html|application\/xhtml|text\/plain/i.test(contentType) || !body.length) continue;
    if (!http.has('content-type')) http.set('content-type', contentType);
    pages.push({ record: n, url: h.get('warc-target-uri')?.replace(/^<|>$/g, ''), crawled: h.get('warc-date'), contentType, ...decodeBody(body, http) });
  }
  return pages;
}
