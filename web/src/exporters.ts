// Export buttons as a registry of descriptors: the current graph as GEXF or JSON, the current view as PNG.
import type Sigma from 'sigma';
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../../src/graph/types.ts';
import type { LegendItem } from './legend.ts';
import type { ViewGraph } from './view-graph.ts';

/** What an exporter reads. */
export interface ExportContext {
  graph: ViewGraph;
  renderer: Sigma<EntityAttributes, RelationAttributes, GraphAttributes>;
  legend: LegendItem[];
  /** base file name without extension, e.g. "sco-graph" */
  name: string;
}

/** One export format. */
export interface Exporter {
  id: 'gexf' | 'json' | 'png';
  name: string;
  description: string;
  extension: string;
  run(ctx: ExportContext): Promise<Blob>;
}

/** GEXF 1.3 through the project's writer (src/export/gexf.ts), loaded when first used. */
async function toGexf(graph: ViewGraph): Promise<string> {
  const { writeGexf } = await import('../../src/export/gexf.ts');
  return writeGexf(graph as unknown as KnowledgeGraph, { version: '1.3' });
}

/** Composites sigma's layers (WebGL and 2D) on a white background, then draws the legend. */
function renderPng(ctx: ExportContext): Promise<Blob> {
  const { renderer } = ctx;
  renderer.refresh(); // synchronous render: the WebGL buffers are readable until this task ends
  const layers = [...renderer.getContainer().querySelectorAll('canvas')];
  const width = layers[0]?.width ?? 1;
  const height = layers[0]?.height ?? 1;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const g = out.getContext('2d');
  if (!g) return Promise.reject(new Error('no 2D canvas available'));
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, width, height);
  for (const layer of layers) if (layer.width > 0 && layer.height > 0) g.drawImage(layer, 0, 0, width, height);
  const scale = width / Math.max(1, renderer.getContainer().clientWidth);
  g.scale(scale, scale);
  g.font = '12px system-ui, sans-serif';
  ctx.legend.forEach((item, i) => {
    const y = 18 + i * 17;
    g.fillStyle = item.color;
    if (item.shape === 'dot') {
      g.beginPath();
      g.arc(16, y - 4, 5, 0, 2 * Math.PI);
      g.fill();
    } else g.fillRect(10, y - 5, 12, 3);
    g.fillStyle = '#222222';
    g.fillText(item.name, 28, y);
  });
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The export formats, in the order their buttons appear. */
export const EXPORTERS: readonly Exporter[] = [
  {
    id: 'gexf',
    name: 'GEXF',
    description: 'the whole graph with current positions, for Gephi',
    extension: '.gexf',
    run: async (ctx) => new Blob([await toGexf(ctx.graph)], { type: 'application/xml' }),
  },
  {
    id: 'json',
    name: 'JSON',
    description: 'the whole graph with current positions (graphology export)',
    extension: '.json',
    run: async (ctx) => new Blob([JSON.stringify(ctx.graph.export())], { type: 'application/json' }),
  },
  {
    id: 'png',
    name: 'PNG',
    description: 'an image of the current view, as on screen',
    extension: '.png',
    run: renderPng,
  },
];

/** Offers a blob as a download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
