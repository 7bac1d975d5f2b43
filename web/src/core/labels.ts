// Label placement without overlaps: sigma proposes labels biggest node first (one label-grid cell, see the app's sigma
// settings); this drawer puts a label right of its node, else left, under or over it, wherever its box is free of other
// labels, other nodes' discs and the canvas's edges, so labels never overlap, never hide a node and are never cut.

/** A drawn label's box in viewport pixels. */
export interface LabelBox {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Something labels keep off, in viewport pixels: a node's disc (keyed by the node) or a control over the canvas. */
export interface Obstacle {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fields of sigma's node display data the drawer reads. */
interface LabelData {
  key: string;
  label?: string | null;
  x: number;
  y: number;
  size: number;
  forceLabel?: boolean;
}

/** Fields of sigma's settings the drawer reads. */
interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
  labelColor: { color?: string };
}

/**
 * A label drawer for sigma's `defaultDrawNodeLabel` that skips a label whose box (with `padding`) would overlap one
 * already drawn in this frame. Call `reset()` before each frame (sigma's `beforeRender`); `drawn()` lists the boxes.
 */
export function createLabelDrawer(padding: number, obstacles: () => Iterable<Obstacle> = () => []) {
  let boxes: LabelBox[] = [];
  // a coarse grid of the boxes, so each new label is tested against its neighbours only
  let grid = new Map<number, LabelBox[]>();
  // the drawn node discs and the controls over the canvas, read once per frame at its first label (sigma has placed
  // the nodes by then)
  let obstaclesPlaced = false;
  const OBSTACLE = '\u0000obstacle';
  const CELL = 64;
  const cells = (b: LabelBox) => {
    const out: number[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++) for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) out.push(cx * 100_003 + cy);
    return out;
  };
  const insert = (box: LabelBox) => {
    for (const c of cells(box)) {
      let list = grid.get(c);
      if (!list) grid.set(c, (list = []));
      list.push(box);
    }
  };
  // `covers`: discs narrower than this may be covered (a big node's label over small neighbours, when nothing else fits)
  const free = (box: LabelBox, own: string, width: number, height: number, covers = 0) => {
    if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height) return false;
    for (const c of cells(box)) {
      for (const other of grid.get(c) ?? []) {
        if (!overlaps(box, other)) continue;
        if (other.label !== OBSTACLE) return false;
        if (other.key !== own && !(other.key && other.width < covers)) return false;
      }
    }
    return true;
  };
  const draw = (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    if (!data.label) return;
    if (!obstaclesPlaced) {
      obstaclesPlaced = true;
      // a label may not cover another node's disc (its own is beside it) nor the controls drawn over the canvas
      for (const o of obstacles()) insert({ ...o, label: OBSTACLE });
    }
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const gap = data.size + 3;
    // right of the node, else left of it, else under or over it: the first place that is free
    const places: [number, number][] = [
      [data.x + gap, data.y],
      [data.x - gap - width, data.y],
      [data.x - width / 2, data.y + data.size + 2 + size / 2],
      [data.x - width / 2, data.y - data.size - 2 - size / 2],
    ];
    const canvasWidth = context.canvas.clientWidth || context.canvas.width;
    const canvasHeight = context.canvas.clientHeight || context.canvas.height;
    // a node at least twice as wide as a neighbour may put its label over that neighbour's disc when no place is free
    for (const covers of [0, data.size]) {
      for (const [x, y] of places) {
        const box: LabelBox = { key: data.key, label: data.label, x: x - padding, y: y - size / 2 - padding, width: width + 2 * padding, height: size + 2 * padding };
        if (!free(box, data.key, canvasWidth, canvasHeight, covers)) continue;
        boxes.push(box);
        insert(box);
        context.fillStyle = settings.labelColor.color ?? '#000';
        context.fillText(data.label, x, y + size / 3);
        return;
      }
    }
  };
  return {
    draw,
    reset(): void {
      boxes = [];
      grid = new Map();
      obstaclesPlaced = false;
    },
    drawn(): readonly LabelBox[] {
      return boxes;
    },
  };
}
