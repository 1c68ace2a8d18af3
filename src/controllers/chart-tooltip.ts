/**
 * Every chart's tooltip: HTML over the drawing, beside the point pointed at or walked to by keyboard,
 * in the words its chart type gives (`TooltipWords`), written as text: feed text is data, never
 * markup. ECharts' own tooltip was a chunk of 12,5 KB gzip that a reader's first pointer loaded,
 * after which the chart was drawn once more; this one costs a chart nothing until it shows.
 *
 * It can be hovered (WCAG 1.4.13): it keeps its place while the pointer stays on what it tells of, so
 * the pointer can move onto it; it hides 150 ms after the pointer leaves, and at Escape. Above the
 * point where there is room, else below it, so that it never covers the point; from the point to the
 * right, moved left as far as it must to stay within the chart. Above, it leaves the rows below a bar
 * clear, which a keyboard reader walks to next. Beside the point (`beside`), to its right where there
 * is room, else to its left, for a bar's row under the pointer: the pointer reaches it along the row;
 * where neither side has room (a phone), above or below the point as the others.
 *
 * When the chart takes another size, the pointer's tooltip is shown again for what the mouse, resting
 * where it was, is on now (`resized`); the keyboard walk's moves with its point (`MivChartElement`).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { styleProperties } from '../components/style-properties.js';
import type { Chart } from '../charts/echarts.js';
import type { TooltipAt, TooltipMark, TooltipWords } from '../charts/shared.js';

/** How long the tooltip stays once the pointer has left what it tells of: time to move onto it. */
const GRACE_MS = 150;
/** The tooltip's distance from the point it stands beside, in px. */
const GAP = 12;
/**
 * The events by which zrender, ECharts' renderer, finds what a mouse or a finger is on. Not `wheel`:
 * zrender takes its turn (`zrDelta`) only from an event without a place set on it.
 */
const POINTING = [
  'mousemove',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'contextmenu',
  'touchstart',
  'touchmove',
  'touchend',
] as const;

/**
 * Where a point of the page (client coordinates) is on the drawing, in the drawing's own pixels, under
 * CSS `zoom` on an ancestor (a CMS theme's `zoom: 1.25`): client coordinates and the drawing's box
 * (`getBoundingClientRect`) are in the page's zoomed pixels there, the drawing's, as `offsetWidth` and
 * `style.left`, in its own. None without zoom, where the event's offsets are right, also under a CSS
 * transform (which client coordinates are not).
 */
function unzoomed(drawing: HTMLElement, zoom: number, clientX: number, clientY: number) {
  if (zoom === 1) return undefined;
  const box = drawing.getBoundingClientRect();
  return { zrX: (clientX - box.left) / zoom, zrY: (clientY - box.top) / zoom };
}

/** The zoom `element` is drawn at; 1 in a browser without standardized zoom. */
const zoomOf = (element: Element) => (element.currentCSSZoom as number | undefined) ?? 1;

/** The touch zrender takes an event's place from: the one lifted for `touchend`, else the first down. */
const touchOf = (event: TouchEvent) => (event.type === 'touchend' ? event.changedTouches : event.targetTouches)[0];

/** The drawing's size, to tell whether the chart took another. */
const sizeOf = (chart: Chart) => `${chart.getWidth()}×${chart.getHeight()}`;

export interface ChartTooltipOptions {
  /** The drawn chart, if any. */
  chart: () => Chart | undefined;
  /** What the tooltip says of the point at `index`; none for an index the model does not hold. */
  words: (index: number) => TooltipWords | undefined;
  /** The mark of the point at `index` on `chart`, if the chart type marks it. */
  mark: (chart: Chart, index: number) => TooltipMark | undefined;
  /** Listens to the pointer on a newly made chart (once per ECharts instance). */
  listen: (chart: Chart) => void;
}

export class ChartTooltip implements ReactiveController {
  private at: TooltipAt | undefined;
  private hiding: ReturnType<typeof setTimeout> | undefined;
  /** The pointer is on the tooltip: it stays, whatever the chart heard last (its `mouseout` may come after the tooltip's `pointerenter`). */
  private hovered = false;
  private readonly listened = new WeakSet<Chart>();
  /** Where the mouse rests on the drawing, in client coordinates; none once it has left it. */
  private resting: { clientX: number; clientY: number } | undefined;
  /** The drawing's size (`sizeOf`) when the tooltip of what the pointer is on was shown; none for the keyboard walk's, or once dismissed. */
  private pointedIn: string | undefined;
  /** Ends the listening to the drawing of the chart before. */
  private unlisten: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly options: ChartTooltipOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.hide();
    this.unlisten?.abort();
    this.resting = undefined;
  }

  /** Placed once rendered: its place depends on its size. */
  hostUpdated(): void {
    if (!this.at) return;
    const box = this.host.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const chart = this.options.chart();
    if (!box || !chart) return;
    const { x, y, beside } = this.at;
    const [width, height] = [box.offsetWidth, box.offsetHeight];
    const [chartWidth, chartHeight] = [chart.getWidth(), chart.getHeight()];
    const within = (place: number, room: number) => Math.max(0, Math.min(place, room));
    const [rightFits, leftFits] = [x + GAP + width <= chartWidth, x - GAP - width >= 0];
    // Where neither side has room (a phone), beside would cover the point: above or below it then.
    const [left, top] =
      beside && (rightFits || leftFits)
        ? [rightFits ? x + GAP : x - GAP - width, within(y - height / 2, chartHeight - height)]
        : [
            within(x + GAP, chartWidth - width),
            y - GAP - height >= 0 ? y - GAP - height : within(y + GAP, chartHeight - height),
          ];
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  /** A new drawing: the tooltip of the one before is hidden, and a new chart is listened to. */
  drawn(): void {
    this.hide();
    const chart = this.options.chart();
    if (!chart || this.listened.has(chart)) return;
    this.listened.add(chart);
    this.listenToDrawing(chart);
    this.options.listen(chart);
  }

  /**
   * Follows the mouse over the drawing, and gives zrender the pointer's place in the drawing's
   * pixels: it takes one set on the event (`zrX`, `zrY`) over the event's offsets, which under CSS
   * `zoom` are zoomed, so that it found the point beside the one pointed at (apache/echarts#15103),
   * for the tooltip and for what ECharts highlights or a click chooses.
   */
  private listenToDrawing(chart: Chart): void {
    this.unlisten?.abort();
    this.unlisten = new AbortController();
    const { signal } = this.unlisten;
    const drawing = chart.getZr().painter.getViewportRoot();
    const dom = chart.getDom();
    // Read as a pointer comes onto the drawing, not at every move: reading it may make the browser
    // work out the styles ECharts has just changed (its emphasis).
    let zoom = 1;
    dom.addEventListener('pointerenter', () => (zoom = zoomOf(drawing)), { signal });
    for (const type of POINTING)
      dom.addEventListener(
        type,
        (event) => {
          const at = 'clientX' in event ? event : touchOf(event);
          if (at) Object.assign(event, unzoomed(drawing, zoom, at.clientX, at.clientY));
        },
        { capture: true, signal },
      );
    dom.addEventListener(
      'pointermove',
      ({ pointerType, clientX, clientY }) =>
        (this.resting = pointerType === 'mouse' ? { clientX, clientY } : undefined),
      { capture: true, signal },
    );
    dom.addEventListener('pointerleave', () => (this.resting = undefined), { signal });
  }

  /**
   * The chart took another size, and its element hid the pointer's tooltip, which stood in the pixels
   * of the size before. Where the mouse still rests on the drawing it points again, as if it had moved
   * there, and the tooltip tells of what it is on now.
   */
  resized(): void {
    const chart = this.options.chart();
    const [resting, pointedIn] = [this.resting, this.pointedIn];
    if (!chart || !resting || !pointedIn || chart.isDisposed() || pointedIn === sizeOf(chart)) return;
    this.pointedIn = undefined;
    const { clientX, clientY } = resting;
    const zr = chart.getZr();
    const drawing = zr.painter.getViewportRoot();
    const box = drawing.getBoundingClientRect();
    if (clientX < box.left || clientX >= box.right || clientY < box.top || clientY >= box.bottom) return;
    // Painted now rather than in the next frame: zrender finds what a point is on by the shapes' places
    // as last painted (a map's gemeenten, moved and scaled as a whole).
    zr.flush();
    drawing.dispatchEvent(new MouseEvent('mousemove', { clientX, clientY, bubbles: true }));
  }

  /** Shows the tooltip of `at.index` beside `at`; kept where it is while it already tells of that index. */
  show(at: TooltipAt): void {
    clearTimeout(this.hiding);
    const chart = this.options.chart();
    this.pointedIn = chart && sizeOf(chart);
    if (this.at?.index === at.index) return;
    this.at = at;
    this.host.requestUpdate();
  }

  /** Shows it beside `at` even where it already tells of that index (the keyboard walk moved along a period). */
  move(at: TooltipAt): void {
    clearTimeout(this.hiding);
    this.pointedIn = undefined;
    this.at = at;
    this.host.requestUpdate();
  }

  hide(): void {
    clearTimeout(this.hiding);
    this.hovered = false;
    // Hidden at the size it was shown in: the pointer left, or the reader dismissed it (Escape). Hidden
    // as the chart takes another size, it is shown again (`resized`).
    const chart = this.options.chart();
    if (chart && this.pointedIn === sizeOf(chart)) this.pointedIn = undefined;
    if (!this.at) return;
    this.at = undefined;
    this.host.requestUpdate();
  }

  /** Hides the tooltip unless the pointer reaches it, or another point, first. */
  readonly hideSoon = (): void => {
    clearTimeout(this.hiding);
    this.hiding = setTimeout(() => {
      if (!this.hovered) this.hide();
    }, GRACE_MS);
  };

  /** Follows the pointer over the plot: `pointedAt` tells what it is on, if anything. */
  followPointer(chart: Chart, pointedAt: (x: number, y: number) => TooltipAt | undefined): void {
    const zr = chart.getZr();
    zr.on('mousemove', (event) => {
      const at = pointedAt(event.offsetX, event.offsetY);
      if (at) this.show(at);
      else this.hideSoon();
    });
    zr.on('globalout', this.hideSoon);
  }

  render(): TemplateResult | typeof nothing {
    const [at, chart] = [this.at, this.options.chart()];
    const words = at && chart && this.options.words(at.index);
    if (!at || !chart || !words) return nothing;
    const mark = this.options.mark(chart, at.index);
    const px = (n: number) => `${n}px`;
    return html`${
        mark
          ? html`<div
              class="pointer ${mark.kind}"
              ${styleProperties({ left: px(mark.left), top: px(mark.top), width: px(mark.width), height: px(mark.height) })}
            ></div>`
          : nothing
      }
      <div
        part="tooltip"
        class="tooltip"
        aria-hidden="true"
        @pointerenter=${() => (this.hovered = true)}
        @pointerleave=${() => {
          this.hovered = false;
          this.hideSoon();
        }}
      >
        <b>${words.heading}</b>${words.values.map(
          ({ label, value, details, note }) =>
            html`<br />${label}:
              ${value ? html`<b>${value}</b> ` : nothing}${details}${note ? html`<br /><i>${note}</i>` : nothing}`,
        )}${words.after.map((line) => html`<br />${line}`)}
      </div>`;
  }
}
