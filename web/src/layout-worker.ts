// Live ForceAtlas2 in a web worker, with start/stop and an automatic stop when movement settles or time runs out.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';
import { isStated } from '../../src/graph/relations.ts';

/** Options of {@link LiveLayout}. */
export interface LiveLayoutOptions {
  /** stop after this long (ms) even if nodes still move */
  timeLimitMs?: number;
  /** stop when the mean move per check falls below this share of the graph's extent */
  settleRatio?: number;
  /** how often movement is checked (ms) */
  checkEveryMs?: number;
}

/** Why the layout is not running. */
export type LayoutStatus = { running: true; startedAt: number } | { running: false; reason: 'idle' | 'user' | 'settled' | 'time-limit'; seconds?: number };

/** Nodes sampled to measure movement (enough to be representative, few enough to be cheap). */
const SAMPLE = 500;

/** ForceAtlas2 running in a worker on the graph's x/y (the layout is data, not display). */
export class LiveLayout {
  private supervisor: FA2LayoutSupervisor | null = null;
  private readonly options: Required<LiveLayoutOptions>;
  private timer: ReturnType<typeof setInterval> | null = null;
  private startedAt = 0;
  private last: Float64Array | null = null;
  private sample: string[];

  constructor(
    private readonly graph: Graph,
    private readonly onStatus: (status: LayoutStatus) => void,
    options: LiveLayoutOptions = {},
  ) {
    this.options = { timeLimitMs: 20_000, settleRatio: 0.0015, checkEveryMs: 500, ...options };
    const nodes = graph.nodes();
    const step = Math.max(1, Math.floor(nodes.length / SAMPLE));
    this.sample = nodes.filter((_n, i) => i % step === 0);
  }

  /** True while the worker is iterating. */
  isRunning(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  /** The worker is made on first start: views that are never laid out live cost no thread. */
  private ensureSupervisor(): FA2LayoutSupervisor {
    if (this.supervisor) return this.supervisor;
    const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 600 };
    this.supervisor = new FA2LayoutSupervisor(this.graph, {
      settings,
      getEdgeWeight: (_e, a) => {
        const w = 1 + Math.log2(Math.max(1, Number(a.weight) || 1));
        return isStated(a.relation) ? w : 0.3 * w;
      },
    });
    return this.supervisor;
  }

  /** Starts (or resumes) ForceAtlas2 from the current positions and the movement checks. */
  start(): void {
    if (this.isRunning()) return;
    this.ensureSupervisor().start();
    this.startedAt = performance.now();
    this.last = this.positions();
    this.timer = setInterval(() => this.check(), this.options.checkEveryMs);
    this.onStatus({ running: true, startedAt: this.startedAt });
  }

  /** Stops iterating; positions stay where they are. `reason` is reported to the status callback. */
  stop(reason: 'user' | 'settled' | 'time-limit' = 'user'): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (!this.isRunning()) return;
    this.supervisor?.stop();
    this.onStatus({ running: false, reason, seconds: (performance.now() - this.startedAt) / 1000 });
  }

  /** Stops and frees the worker; the instance cannot be restarted. */
  kill(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.supervisor?.kill();
  }

  private positions(): Float64Array {
    const out = new Float64Array(this.sample.length * 2);
    this.sample.forEach((key, i) => {
      const a = this.graph.getNodeAttributes(key) as { x?: number; y?: number };
      out[2 * i] = a.x ?? 0;
      out[2 * i + 1] = a.y ?? 0;
    });
    return out;
  }

  private check(): void {
    if (performance.now() - this.startedAt > this.options.timeLimitMs) return this.stop('time-limit');
    const now = this.positions();
    const before = this.last ?? now;
    let move = 0;
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (let i = 0; i < now.length; i += 2) {
      move += Math.hypot(now[i] - before[i], now[i + 1] - before[i + 1]);
      minX = Math.min(minX, now[i]);
      maxX = Math.max(maxX, now[i]);
      minY = Math.min(minY, now[i + 1]);
      maxY = Math.max(maxY, now[i + 1]);
    }
    this.last = now;
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    const meanMove = move / Math.max(1, now.length / 2);
    if (meanMove / extent < this.options.settleRatio) this.stop('settled');
  }
}
