/**
 * Owns one ECharts instance for a lit element: loads the chart engine and the parts the option
 * uses when the element comes near the viewport, draws once the container exists, follows its size,
 * and disposes on disconnect (re-initialising on reconnect). The tooltip loads when a reader first
 * points at or focuses the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart, ChartOption } from '../charts/echarts.js';

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
  loadParts: EngineModule['loadParts'];
  partsOf: EngineModule['partsOf'];
  prepare?: (option: ChartOption) => void;
}

/** Loads the chart engine once per page; every element shares the same chunk. A failed load is retried next time. */
export function loadChartEngine(): Promise<EngineModule> {
  engine ??= import('../charts/echarts.js').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
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
  /** Settles when the option last handed to ECharts has finished painting. */
  private painted: Promise<void> = Promise.resolve();
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
    this.host.addEventListener('pointerenter', this.wantTooltip);
    this.host.addEventListener('focusin', this.wantTooltip);
    if (this.options.eager?.()) {
      this.near = true;
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.near = true;
          this.intersection?.disconnect();
          void this.draw();
        }
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    this.intersection.observe(this.host);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.near = false;
    controllers.delete(this);
    this.host.removeEventListener('pointerenter', this.wantTooltip);
    this.host.removeEventListener('focusin', this.wantTooltip);
    this.intersection?.disconnect();
    this.resize?.disconnect();
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
    this.near = true;
    this.intersection?.disconnect();
    await this.draw();
    await this.painted;
    return this.chart;
  }

  /** Actions wait here for the tooltip, in the order they were asked for. */
  private actions: Promise<void> = Promise.resolve();

  /** Passes an action (`showTip`, `highlight`, …) to the drawn chart; nothing while it is not drawn. */
  dispatch(action: { type: string; seriesIndex?: number; dataIndex?: number }): void {
    this.actions = this.actions.then(async () => {
      await this.loadTooltip();
      this.chart?.dispatchAction(action);
    });
  }

  private readonly wantTooltip = (): void => void this.loadTooltip();

  /** Loads the tooltip part once and hands the drawn chart its tooltip option. */
  private async loadTooltip(): Promise<void> {
    if (this.tooltipReady) return;
    try {
      const module = await loadChartEngine();
      await module.loadParts(['tooltip']);
    } catch (error) {
      this.options.onError(error);
      return;
    }
    this.tooltipReady = true;
    const tooltip = this.drawn?.tooltip;
    if (!this.chart || !tooltip) return;
    // An item tooltip (the map's) needs no axis pointer: the drawn chart takes it as it is, so a click
    // that comes with the first pointer is not lost to a redraw.
    if (!Array.isArray(tooltip) && tooltip.trigger === 'item') {
      this.chart.setOption({ tooltip });
      return;
    }
    // ECharts fixes a chart's processors when it is created, and the tooltip's axis pointer brings
    // one: a chart drawn before the part arrived is drawn again, at once, without its entry animation.
    this.disposeChart();
    this.still = true;
    await this.draw();
  }

  private tooltipReady = false;
  /** The next drawing skips the entry animation (a chart drawn again, not new to the reader). */
  private still = false;

  /** Draws now, near the viewport or not (before printing, or when the element turns eager). */
  drawNow(): void {
    this.near = true;
    this.intersection?.disconnect();
    void this.draw();
  }

  /** Sets the option to show; drawn now if the element is near the viewport, else when it gets there. */
  setOption(option: ChartOption | undefined): void {
    this.option = option;
    if (!option) {
      this.disposeChart();
      return;
    }
    void this.draw();
  }

  private async draw(): Promise<void> {
    const option = this.option;
    if (!option || !this.near || !this.connected || (this.chart && this.drawn === option)) return;
    let module: ChartEngine;
    try {
      module = await (this.options.engine ?? loadChartEngine)();
      await module.loadParts(module.partsOf(option));
    } catch (error) {
      this.options.onError(error);
      return;
    }
    const container = this.options.container();
    // The element may have moved on while the engine loaded.
    if (!container || !this.connected || this.option !== option) return;
    try {
      if (!this.chart) {
        this.chart = module.createChart(container);
        this.resize?.disconnect();
        this.resize = new ResizeObserver(() => this.chart?.resize());
        this.resize.observe(container);
      }
      const chart = this.chart;
      chart.off('finished');
      this.painted = new Promise((resolve) =>
        chart.on('finished', () => {
          chart.off('finished');
          resolve();
          this.options.onRendered();
        }),
      );
      module.prepare?.(option);
      this.drawn = option;
      // A shallow copy: ECharts takes `media` off the root of the object it is given, and this
      // option is drawn again after a reconnect. The tooltip waits for its part (`loadTooltip`).
      const { tooltip, ...rest } = option;
      const drawn = this.tooltipReady ? { ...rest, tooltip } : rest;
      chart.setOption(this.still ? { ...drawn, animation: false } : drawn, { notMerge: true });
      this.still = false;
    } catch (error) {
      this.options.onError(error);
    }
  }
}
