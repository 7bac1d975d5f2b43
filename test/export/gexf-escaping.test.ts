// Property: any string in a label, alias, evidence sentence or graph name gives well-formed GEXF that reads back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeGexf, type GexfVersion } from '../../src/export/gexf.ts';
import { toXmlChars } from '../../src/export/xml.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { makeGraph } from '../query/fixture.ts';
import { exec, tempDir, XSD } from './helpers.ts';

/** Strings of every kind: any code point (lone surrogates and C0 controls included), graphemes, and XML trouble. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", '\t', '\n', '\r', '\u0000', '\u0008', '\uD83D', '\uDE00', '\uFFFE', ']]>', '&amp;', '😀', ' ', '\u0085', '\u2028'), maxLength: 30 }),
);

const TABLE = ['', ' ', '<script>alert(1)</script>', 'A & B "C" \'D\'', 'line\nbreak\ttab\rcr', '\u0000\u0001\u001F', '\uD800 lone', '\uDFFF', 'emoji 🤝🏽👩‍👩‍👧', '\uFFFE\uFFFF', ']]>', '&#0;', 'ünïcödé Сергей 王毅', 'next\u0085line\u2028sep'];

/** A two-node graph carrying `text` everywhere a user string can go. */
function graphWith(text: string): KnowledgeGraph {
  const graph = makeGraph([['person:a', text, { aliases: [text, 'x'] }], ['person:b', 'B']], [['met', 'person:a', 'person:b', { evidence: [{ article: 'a1', sentence: text, start: 0, end: 1 }] }]]);
  graph.setAttribute('name', text);
  return graph;
}

/** Parses with xmldom, failing on any warning or error, and returns what a reader gets back for `text`. */
function readBack(xml: string) {
  const doc = new DOMParser({
    errorHandler: {
      warning: (m) => {
        throw new Error(`xmldom warning: ${m}`);
      },
      error: (m) => {
        throw new Error(`xmldom error: ${m}`);
      },
      fatalError: (m) => {
        throw new Error(`xmldom fatal: ${m}`);
      },
    },
  }).parseFromString(xml, 'application/xml');
  const node = doc.getElementsByTagName('node')[0];
  const evidence = [...Array.from(doc.getElementsByTagName('attvalue'))].find((a) => a.getAttribute('for') === 'evidence');
  return { label: node.getAttribute('label'), evidence: evidence?.getAttribute('value') ?? '', description: doc.getElementsByTagName('description')[0]?.textContent ?? '' };
}

/**
 * What xmldom 0.8 gives back: it reads U+0085 (NEL) and U+2028 (LS) as XML 1.1 line ends, a space in an attribute and
 * a newline in text, where XML 1.0 keeps them as written. Python's expat (the strict reader below) gets them back exactly.
 */
const xmldomAttribute = (text: string) => toXmlChars(text).replace(/[\u0085\u2028]/g, ' ');
const xmldomText = (text: string) => toXmlChars(text).replace(/[\u0085\u2028]/g, '\n');

const INVALID_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('escaping (fast-check)', () => {
  it.each<GexfVersion>(['1.3', '1.2'])('GEXF %s: no XML-invalid character in the output, and every string reads back', (version) => {
    fc.assert(
      fc.property(anyString, (text) => {
        const xml = writeGexf(graphWith(text), { version });
        expect(INVALID_XML_CHAR.test(xml)).toBe(false);
        const back = readBack(xml);
        expect(back.label).toBe(xmldomAttribute(text));
        expect(back.evidence).toBe(xmldomAttribute(text));
        if (text) expect(back.description).toBe(xmldomText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('strict readers agree on random and hand-picked strings: xmllint (XSD) and Python’s expat parser', async () => {
    const dir = tempDir('sco-kg-escape-');
    const samples = [...TABLE, ...fc.sample(anyString, { numRuns: 80, seed: 20240703 })];
    const files = samples.map((text, i) => {
      const file = join(dir, `s${i}.gexf`);
      writeFileSync(file, writeGexf(graphWith(text), { version: i % 2 ? '1.2' : '1.3', vizNamespace: 'core' }));
      return file;
    });
    // one xmllint run per version over all its files: well-formed and schema-valid
    await exec('xmllint', ['--noout', '--schema', XSD['1.3'], ...files.filter((_, i) => i % 2 === 0)]);
    await exec('xmllint', ['--noout', '--schema', XSD['1.2'], ...files.filter((_, i) => i % 2 === 1)]);
    // Python's ElementTree (expat) is strict about characters; it must give back exactly the cleaned strings
    const script = 'import json,sys\nimport xml.etree.ElementTree as ET\nout=[]\nfor f in sys.argv[1:]:\n  n=next(e for e in ET.parse(f).iter() if e.tag.endswith("}node"))\n  out.append(n.get("label"))\nprint(json.dumps(out))';
    const { stdout } = await exec('/usr/bin/python3', ['-c', script, ...files], { maxBuffer: 16 * 1024 * 1024 });
    expect(JSON.parse(stdout)).toEqual(samples.map(toXmlChars));
  });
});
