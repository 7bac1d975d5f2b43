// GEXF against the official XSDs (in-repo copies of gephi/gexf's 1.3 and 1.2draft schemas), checked with xmllint.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEXF_NAMESPACES, writeGexf, type GexfVersion } from '../../src/export/gexf.ts';
import { egoNetwork } from '../../src/query/ego-network.ts';
import { exec, exportFixture, tempDir, XSD } from './helpers.ts';

const dir = tempDir();

/** Runs `xmllint --noout --schema XSD FILE`; resolves to its exit code and messages. */
async function xmllint(version: GexfVersion, content: string, name: string): Promise<{ code: number; stderr: string }> {
  const file = join(dir, name);
  writeFileSync(file, content);
  try {
    const { stderr } = await exec('xmllint', ['--noout', '--schema', XSD[version], file]);
    return { code: 0, stderr };
  } catch (err) {
    const e = err as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe.each<GexfVersion>(['1.3', '1.2'])('GEXF %s and the official XSD', (version) => {
  const graph = exportFixture();

  it('the core-namespace variant validates against the unmodified schema', async () => {
    const result = await xmllint(version, writeGexf(graph, { version, vizNamespace: 'core' }), `core-${version}.gexf`);
    expect(result.stderr).toMatch(/validates/);
    expect(result.code).toBe(0);
  });

  it('an ego network exports and validates like the whole graph', async () => {
    const ego = egoNetwork(graph, 'Wang Yi', 1);
    const result = await xmllint(version, writeGexf(ego, { version, vizNamespace: 'core' }), `ego-${version}.gexf`);
    expect(result.code).toBe(0);
  });

  it('the default (viz namespace) output is the same document but for the viz namespace URI', () => {
    const { core, viz } = GEXF_NAMESPACES[version];
    const byDefault = writeGexf(graph, { version });
    expect(byDefault).toContain(`xmlns:viz="${viz}"`);
    expect(byDefault.replace(`xmlns:viz="${viz}"`, `xmlns:viz="${core}"`)).toBe(writeGexf(graph, { version, vizNamespace: 'core' }));
  });

  it('the XSD rejects the default output for its viz elements only (the schema/primer conflict the README explains)', async () => {
    const result = await xmllint(version, writeGexf(graph, { version }), `viz-${version}.gexf`);
    expect(result.code).not.toBe(0);
    const errors = result.stderr.split('\n').filter((line) => /Schemas validity error/.test(line));
    expect(errors.length).toBeGreaterThan(0);
    const vizElement = new RegExp(`Element '\\{${GEXF_NAMESPACES[version].viz.replace(/\./g, '\\.')}\\}(color|size|position)': This element is not expected`);
    expect(errors.filter((line) => !vizElement.test(line))).toEqual([]);
  });

  it('xmllint does catch a broken document (control)', async () => {
    const broken = writeGexf(graph, { version, vizNamespace: 'core' }).replace('<attvalue for="kind"', '<attvalue bogus="1" for="kind"');
    const result = await xmllint(version, broken, `broken-${version}.gexf`);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/bogus/);
  });
});

describe('GEXF versions', () => {
  it.each(['1.1', '2.0', ''])('refuses version %j with a KgError', (version) => {
    expect(() => writeGexf(exportFixture(), { version: version as GexfVersion })).toThrow(/unknown GEXF version/);
  });
});
