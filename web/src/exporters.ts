// Export buttons as a registry of descriptors: the current filtered view as GEXF 1.3 or 1.2 or JSON, as a PNG or SVG
// image with its legend.
import Graph from 'graphology';
import type Sigma from 'sigma';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import type { DisplayGraph } from './core/display.ts';
import type { LabelBox } from './core/labels.ts';
import type { LegendItem } from './views/legend.ts';
import type { ViewGraph } from './view-graph.ts';

/** What an exporter reads. */
export interface ExportContext {
  /** the full graph (attributes, evidence, articles) */
  graph: ViewGraph;
  /** what is drawn: the nodes and edges the export keeps, at their drawn positions */
  display: DisplayGraph;
  renderer: Sigma;
  legend: LegendItem[];
  /** labels drawn in the last frame */
  labels: readonly LabelBox[];
  /** base file name without extension, e.g. "sco-graph" */
  name: string;
}

/** One export format. */
export interface Exporter {
  id: 'gexf' | 'gexf12' | 'json' | 'png' | 'svg';
  name: string;
  description: string;
  extension: string;
  run(ctx: ExportContext): Promise<Blob>;
}

/** The drawn view as a graph with the full graph's attributes: only drawn nodes and edges, at their drawn positions. */
export function viewGraph(graph: ViewGraph, display: DisplayGraph): ViewGraph {
  const out: ViewGraph = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops });
  out.replaceAttributes({ ...graph.getAttributes() });
  display.forEachNode((key, d) => out.addNode(key, { ...graph.getNodeAttributes(key), x: d.x, y: d.y }));
  display.forEachEdge((key, _d, source, target) => {
    const attributes = { ...graph.getEdgeAttributes(key) };
    if (graph.isUndirected(key)) out.addUndirectedEdgeWithKey(key, source, target, attributes);
    else out.addDirectedEdgeWithKey(key, source, target, attributes);
  });
  return out;
}

/** GEXF through the project's writer (src/export/gexf.ts), loaded when first used. */
async function toGexf(ctx: ExportContext, version: '1.3' | '1.2'): Promise<string> {
  const { writeGexf } = await import('../../src/export/gexf.ts');
  return writeGexf(viewGraph(ctx.graph, ctx.display) as unknown as KnowledgeGraph, { version });
}

/** Where each drawn node is on screen, in CSS pixels, and its radius. */
function screenNodes(ctx: ExportContext) {
  const { renderer, display } = ctx;
  const out = new Map<string, { x: number; y: number; r: number; color: string }>();
  const scale = (renderer as unknown as { scaleSize(size: number): number }).scaleSize.bind(renderer);
  display.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    out.set(key, { x: p.x, y: p.y, r: scale(d.size), color: d.color });
  });
  return out;
}

/** The legend drawn on a 2D canvas context, top left. */
function drawLegend(g: CanvasRenderingContext2D, legend: LegendItem[]): void {
  g.font = '12px system-ui, sans-serif';
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.fillRect(4, 4, 170, 10 + legend.length * 17);
  legend.forEach((item, i) => {
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
  drawLegend(g, ctx.legend);
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');
}

/** The view as SVG: edges, nodes, the labels drawn on screen and the legend, at screen coordinates. */
export function renderSvg(ctx: ExportContext): string {
  const container = ctx.renderer.getContainer();
  const [w, h] = [container.clientWidth || 800, container.clientHeight || 600];
  const nodes = screenNodes(ctx);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="system-ui, sans-serif">`, `<rect width="100%" height="100%" fill="#ffffff"/>`, '<g class="edges">'];
  ctx.display.forEachEdge((_key, a, source, target) => {
    const s = nodes.get(source);
    const t = nodes.get(target);
    if (!s || !t) return;
    out.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${xmlEscape(a.color)}" stroke-width="${a.size.toFixed(2)}" data-relation="${xmlEscape(a.relation)}"/>`);
  });
  out.push('</g>', '<g class="nodes">');
  for (const [key, n] of nodes) out.push(`<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="${xmlEscape(n.color)}" data-node="${xmlEscape(key)}"/>`);
  out.push('</g>', '<g class="labels" font-size="13" fill="#1f2328">');
  for (const label of ctx.labels) {
    const n = nodes.get(label.key);
    if (n) out.push(`<text x="${(n.x + n.r + 3).toFixed(1)}" y="${(n.y + 13 / 3).toFixed(1)}">${xmlEscape(label.label)}</text>`);
  }
  out.push('</g>', '<g class="legend" font-size="12">');
  out.push(`<rect x="4" y="4" width="170" height="${10 + ctx.legend.length * 17}" fill="#ffffff" fill-opacity="0.85"/>`);
  ctx.legend.forEach((item, i) => {
    const y = 18 + i * 17;
    out.push(item.shape === 'dot' ? `<circle cx="16" cy="${y - 4}" r="5" fill="${xmlEscape(item.color)}"/>` : `<rect x="10" y="${y - 5}" width="12" height="3" fill="${xmlEscape(item.color)}"/>`);
    out.push(`<text x="28" y="${y}" fill="#222222">${xmlEscape(item.name)}</text>`);
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}

/** The export formats, in the order their buttons appear. */
export const EXPORTERS: readonly Exporter[] = [
  {
    id: 'gexf',
    name: 'GEXF 1.3',
    description: 'the current view (what the filters and the view show) with its positions, for Gephi',
    extension: '.gexf',
    run: async (ctx) => new Blob([await toGexf(ctx, '1.3')], { type: 'application/xml' }),
  },
  {
    id: 'gexf12',
    name: 'GEXF 1.2',
    description: 'the current view as GEXF 1.2 (older Gephi versions)',
    extension: '.gexf',
    run: async (ctx) => new Blob([await toGexf(ctx, '1.2')], { type: 'application/xml' }),
  },
  {
    id: 'json',
    name: 'JSON',
    description: 'the current view with its positions (graphology export)',
    extension: '.json',
    run: async (ctx) => new Blob([JSON.stringify(viewGraph(ctx.graph, ctx.display).export())], { type: 'application/json' }),
  },
  {
    id: 'png',
    name: 'PNG',
    description: 'an image of the current view with its legend, as on screen',
    extension: '.png',
    run: renderPng,
  },
  {
    id: 'svg',
    name: 'SVG',
    description: 'a vector image of the current view with its labels and legend',
    extension: '.svg',
    run: async (ctx) => new Blob([renderSvg(ctx)], { type: 'image/svg+xml' }),
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
