// Label placement without overlaps: sigma proposes labels biggest node first (one label-grid cell, see the app's sigma
// settings); this drawer keeps a label only if its box is free of other labels and of other nodes' discs, so labels
// never overlap, never hide a node and are never cut.

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

/** A drawn node disc in viewport pixels: labels keep off it. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
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
export function createLabelDrawer(padding: number, discs: () => Iterable<Disc> = () => []) {
  let boxes: LabelBox[] = [];
  // a coarse grid of the boxes, so each new label is tested against its neighbours only
  let grid = new Map<number, LabelBox[]>();
  // the drawn node discs, read once per frame at its first label (sigma has placed the nodes by then)
  let discsPlaced = false;
  const DISC = '\u0000disc';
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
  const draw = (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    if (!data.label) return;
    if (!discsPlaced) {
      discsPlaced = true;
      // a label may not cover another node's disc either (its own is beside it)
      for (const d of discs()) insert({ key: d.key, label: DISC, x: d.x - d.r, y: d.y - d.r, width: 2 * d.r, height: 2 * d.r });
    }
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const box: LabelBox = { key: data.key, label: data.label, x: data.x + data.size + 3 - padding, y: data.y - size / 2 - padding, width: width + 2 * padding, height: size + 2 * padding };
    const keys = cells(box);
    for (const c of keys) for (const other of grid.get(c) ?? []) if (overlaps(box, other) && !(other.label === DISC && other.key === data.key)) return;
    boxes.push(box);
    insert(box);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
  };
  return {
    draw,
    reset(): void {
      boxes = [];
      grid = new Map();
      discsPlaced = false;
    },
    drawn(): readonly LabelBox[] {
      return boxes;
    },
  };
}
