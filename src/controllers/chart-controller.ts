/**
 * Owns one ECharts instance for a lit element: loads the chart engine when the element comes near
 * the viewport, draws once the container exists, follows its size, and disposes on disconnect
 * (re-initialising on reconnect).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartOption } from '../charts/echarts.js';
import { chartEnginePrefetch } from '../charts/engine-prefetch.js';
import { afterNextPaint, holdIdle, releaseIdle } from '../scheduling.js';
import { enqueue } from './work-queue.js';

/** How far outside the viewport a chart starts loading, so it is ready when scrolled to. */
const NEAR_VIEWPORT = '200px';

type EngineModule = typeof import('../charts/echarts.js');
let engine: Promise<EngineModule> | undefined;

/**
 * What draws a chart: the shared engine, or a larger one for one kind of chart (the map's chunk),
 * which may have to prepare what an option refers to (its shapes) before the option is drawn.
 */
export interface ChartEngine {
  createChart: EngineModule['createChart'];
  prepare?: (option: ChartOption) => void;
}

/** Loads the chart engine once per page; every element shares the same chunk. A failed load is retried next time. */
export function loadChartEngine(): Promise<EngineModule> {
  engine ??= runChartEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

/**
 * Imports the chart engine. Fetched already by the embed script (`chartEnginePrefetch`), it is first
 * asked for by a drawing, and runs after the page's next paint: the figures built just before it are
 * then on screen before ECharts' evaluation (10–15 ms), not after it.
 */
async function runChartEngine(): Promise<EngineModule> {
  if (chartEnginePrefetch.fetched) await afterNextPaint();
  return import('../charts/echarts.js');
}

/** The connected controllers, drawn at once before printing. */
const controllers = new Set<ChartController>();
let printWatched = false;

export interface ChartControllerOptions {
  /** Draw at once, near the viewport or not (`loading="eager"`). */
  eager?: () => boolean;
  /** The element the chart draws into; null while it is not rendered. */
  container: () => HTMLElement | null;
  /** Fired after each paint of a new option. */
  onRendered: () => void;
  /** Fired when the drawn chart takes a new size: what stands over it in its pixels is out of place. */
  onResized?: () => void;
  /** Fired when the engine cannot be loaded or drawing fails. */
  onError: (error: unknown) => void;
  /** Loads the engine that draws the chart; the shared one (`loadChartEngine`) when absent. */
  engine?: () => Promise<ChartEngine>;
}

export class ChartController implements ReactiveController {
  private chart: Chart | undefined;
  private option: ChartOption | undefined;
  /** The option the live chart shows, so that re-renders of the host do not repaint it. */
  private drawn: ChartOption | undefined;
  /** The loaded engine. */
  private module: ChartEngine | undefined;
  /** The container's content size, from its ResizeObserver: ECharts measuring it itself forces a layout per chart. */
  private size: { width: number; height: number } | undefined;
  private sized: HTMLElement | undefined;
  /** Settles when the queued drawing has run. */
  private queued: Promise<void> | undefined;
  /** Waiting for the current option to finish painting. */
  private paintWaiters: (() => void)[] = [];
  private paintDone = false;
  private near = false;
  private intersection: IntersectionObserver | undefined;
  private resize: ResizeObserver | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartControllerOptions,
  ) {
    host.addController(this);
  }

  /** The live ECharts instance (for exports and tests), if drawn. */
  get instance(): Chart | undefined {
    return this.chart;
  }

  hostConnected(): void {
    this.connected = true;
    controllers.add(this);
    if (!printWatched) {
      printWatched = true;
      addEventListener('beforeprint', () => {
        for (const controller of controllers) controller.drawNow();
      });
    }
    if (this.options.eager?.()) {
      this.comesNear();
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.intersection?.disconnect();
          this.comesNear();
          void this.draw();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.intersection.observe(this.host);
  }

  /**
   * Near the viewport: the engine starts loading now, beside the feed and the figures, not after them.
   * Where the embed script fetches it, it is left to run at the first drawing.
   */
  private comesNear(): void {
    this.near = true;
    if (chartEnginePrefetch.fetched) return;
    (this.options.engine ?? loadChartEngine)().catch(() => {
      // Reported by the drawing that needs it.
    });
  }

  hostDisconnected(): void {
    this.connected = false;
    this.near = false;
    controllers.delete(this);
    this.intersection?.disconnect();
    this.resize?.disconnect();
    this.resize = undefined;
    this.sized = undefined;
    this.size = undefined;
    releaseIdle(this);
    this.disposeChart();
  }

  private disposeChart(): void {
    this.chart?.dispose();
    this.chart = undefined;
    this.drawn = undefined;
  }

  hostUpdated(): void {
    // The container is re-rendered by lit; a chart bound to a removed node must start again.
    const container = this.options.container();
    if (this.chart && this.chart.getDom() !== container) this.disposeChart();
    if (this.option) void this.draw();
  }

  /**
   * The chart, drawn now even if it is far from the viewport, once it has finished painting (an
   * export taken during the entry animation would show half-drawn lines). Undefined while the
   * element is detached or has nothing to draw.
   */
  async paintedChart(): Promise<Chart | undefined> {
    if (!this.connected || !this.option) return undefined;
    this.intersection?.disconnect();
    if (!this.near) this.comesNear();
    const painted = this.whenPainted();
    await this.draw();
    // Drawn now rather than in its turn: the caller is waiting for this chart.
    this.paint(true);
    if (this.chart && this.drawn === this.option) await painted;
    return this.chart;
  }

  /** Settles once the option being drawn has finished painting. */
  private whenPainted(): Promise<void> {
    if (this.paintDone && this.chart && this.drawn === this.option) return Promise.resolve();
    return new Promise((resolve) => this.paintWaiters.push(resolve));
  }

  /** Passes an action (`highlight`, `downplay`, …) to the drawn chart; nothing while it is not drawn. */
  dispatch(action: { type: string; seriesIndex?: number; dataIndex?: number }): void {
    this.chart?.dispatchAction(action);
  }

  /** Draws now, near the viewport or not (before printing, or when the element turns eager). */
  drawNow(): void {
    this.intersection?.disconnect();
    if (!this.near) this.comesNear();
    // Before printing there is no later task: a chart whose engine is in is drawn right here.
    if (this.module) this.paint(true);
    else void this.draw();
  }

  /** Sets the option to show; drawn now if the element is near the viewport, else when it gets there. */
  setOption(option: ChartOption | undefined): void {
    this.option = option;
    if (!option) {
      releaseIdle(this);
      this.disposeChart();
      return;
    }
    void this.draw();
  }

  /** Loads the engine, then queues the drawing with the page's other work. */
  private async draw(): Promise<void> {
    const option = this.option;
    if (!option || !this.near || !this.connected || (this.chart && this.drawn === option)) return;
    // The reader is about to see this chart: what waits for idle time waits for it too.
    holdIdle(this);
    try {
      this.module = await (this.options.engine ?? loadChartEngine)();
    } catch (error) {
      releaseIdle(this);
      this.options.onError(error);
      return;
    }
    // The element may have moved on while the engine loaded.
    if (!this.connected || this.option !== option) return;
    this.queued ??= new Promise((resolve) =>
      enqueue('draw', () => {
        this.queued = undefined;
        this.paint(false);
        resolve();
      }),
    );
  }

  /**
   * Draws the current option into the container. A first drawing waits for the container's size from
   * its ResizeObserver (which then draws), unless `now` (printing) cannot wait.
   */
  private paint(now: boolean): void {
    const option = this.option;
    const module = this.module;
    const container = this.options.container();
    if (!option || !module || !container || !this.connected) return;
    this.observeSize(container);
    if (this.chart && this.drawn === option) return;
    if (!this.chart && !this.size && !now) return;
    try {
      this.chart ??= module.createChart(container, this.size);
      const chart = this.chart;
      chart.off('finished');
      this.paintDone = false;
      chart.on('finished', () => {
        chart.off('finished');
        this.paintDone = true;
        for (const resolve of this.paintWaiters.splice(0)) resolve();
        this.options.onRendered();
      });
      module.prepare?.(option);
      this.drawn = option;
      // A shallow copy: ECharts takes `media` off the root of the object it is given, and this
      // option is drawn again after a reconnect.
      chart.setOption({ ...option }, { notMerge: true });
    } catch (error) {
      // A drawing that failed half-way is no chart: ECharts would still end its frame (`finished`) and
      // draw it again at the next resize. The next update of the element tries once more.
      this.disposeChart();
      this.options.onError(error);
    } finally {
      // Drawn (ECharts paints within `setOption`), or failed: either way no longer on its way.
      releaseIdle(this);
    }
  }

  /** Follows the container's size: the first size lets the chart be drawn, later ones resize it. */
  private observeSize(container: HTMLElement): void {
    if (this.sized === container) return;
    this.resize?.disconnect();
    this.sized = container;
    this.size = undefined;
    this.resize = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const first = !this.size;
      this.size = { width, height };
      if (this.chart) {
        this.chart.resize(this.size);
        this.options.onResized?.();
      } else if (first) void this.draw();
    });
    this.resize.observe(container);
  }
}
