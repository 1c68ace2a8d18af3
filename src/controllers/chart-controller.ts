/**
 * Owns one ECharts instance for a lit element: loads the chart engine when the element comes near
 * the viewport, draws once the container exists, follows its size, and disposes on disconnect
 * (re-initialising on reconnect). When the page prints, every chart is drawn and fitted to the paper.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartOption } from '../charts/echarts.js';
import { chartEnginePrefetch } from '../charts/engine-prefetch.js';
import { afterNextPaint, holdIdle, releaseIdle } from '../scheduling.js';
import { enqueue, isPrinting } from './work-queue.js';

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

/** The connected controllers: drawn, and fitted to the paper, when the page prints. */
const controllers = new Set<ChartController>();
let printWatched = false;
/**
 * True once the page is laid out in another width than the window's when printing began: the
 * paper's. Its change comes as the print layout is made, the one moment a chart can still take the
 * paper's width, also where a PDF tool prints with screen media, where the print query never changes.
 */
let otherWidth: MediaQueryList | undefined;

function fitAll(): void {
  for (const controller of controllers) controller.fit();
}

/**
 * Before printing every chart is drawn (the engine, where it is still to come, starts loading); the
 * print layout then fits each drawn chart to its box on paper, and after printing to its box on
 * screen again. A browser lays the page out for print right after `beforeprint`, in the same task:
 * nothing can wait for an engine that is still loading.
 */
function watchPrinting(): void {
  if (printWatched) return;
  printWatched = true;
  addEventListener('beforeprint', () => {
    for (const controller of controllers) controller.print();
    otherWidth = matchMedia(`(max-width: ${innerWidth - 1}px), (min-width: ${innerWidth + 1}px)`);
    otherWidth.addEventListener('change', fitAll);
  });
  // Print media applies as the print layout is made: it may give a chart's box another width than
  // the window's change alone would (a page's print style leaving out a column beside it).
  matchMedia('print').addEventListener('change', fitAll);
  addEventListener('afterprint', () => {
    otherWidth?.removeEventListener('change', fitAll);
    otherWidth = undefined;
    for (const controller of controllers) controller.printed();
  });
}

/** The box's size as laid out now, for what cannot wait for its ResizeObserver. */
function boxSize(container: HTMLElement): { width: number; height: number } {
  return { width: container.clientWidth, height: container.clientHeight };
}

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
    watchPrinting();
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
    // Before printing, with the engine loaded, the drawing is done in this task's microtasks, before
    // the print layout.
    void this.draw();
  }

  /**
   * Whether the page prints with this chart's box empty (its engine could not arrive in time): the
   * element prints its table instead.
   */
  get printsEmpty(): boolean {
    return isPrinting() && !this.chart;
  }

  /** The page is about to print: the chart is drawn, or its element shows its table (`printsEmpty`). */
  print(): void {
    // An entry animation under way would print as its current frame: drawn again, whole.
    if (this.chart && !this.paintDone) this.drawn = undefined;
    this.drawNow();
    if (!this.chart) this.host.requestUpdate();
  }

  /** The page has printed: the chart takes its box's size on screen again. */
  printed(): void {
    if (!this.chart) this.host.requestUpdate();
    this.fit();
  }

  /** Fits the drawn chart to its box as laid out now: on paper while the page prints, on screen after. */
  fit(): void {
    const container = this.options.container();
    if (!this.chart || !container) return;
    const size = boxSize(container);
    // A box without a size is not laid out (hidden in print): the chart keeps its own. Within a pixel
    // it is the size the chart has (its ResizeObserver gave fractions, `clientWidth` rounds them).
    if (!size.width || !size.height) return;
    if (Math.abs(size.width - this.chart.getWidth()) < 1 && Math.abs(size.height - this.chart.getHeight()) < 1) return;
    this.chart.resize(size);
    // ECharts paints a resize in its next animation frame, and a page being printed gets none.
    this.chart.getZr().flush();
    this.options.onResized?.();
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
   * its ResizeObserver (which then draws), unless `now` (an export) cannot wait. While the page prints
   * no frame comes for the observer: the box is measured then, in the print layout if it applies.
   */
  private paint(now: boolean): void {
    const option = this.option;
    const module = this.module;
    const container = this.options.container();
    if (!option || !module || !container || !this.connected) return;
    this.observeSize(container);
    if (this.chart && this.drawn === option) return;
    const printing = isPrinting();
    const size = printing ? boxSize(container) : this.size;
    if (!this.chart && !size && !now) return;
    try {
      const created = !this.chart;
      this.chart ??= module.createChart(container, size);
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
      // option is drawn again after a reconnect. Printed, an entry animation would stay at its first
      // frame: no animation frame comes.
      chart.setOption(printing ? { ...option, animation: false } : { ...option }, { notMerge: true });
      // Drawn while printing: its element no longer prints the table in its place.
      if (created && printing) this.host.requestUpdate();
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
