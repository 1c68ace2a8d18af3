/**
 * The chart's keyboard model (ECharts has none): the chart is one tab stop; arrow keys move through
 * the data points (Left/Right along the periods, Up/Down along the lines or areas), Home and End go to
 * the first and last, Escape stops. Each point is announced through a polite live region, and the
 * tooltip and ECharts' highlight follow, so sighted keyboard users see where they are. Escape also
 * dismisses a tooltip opened by the pointer (WCAG 1.4.13).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartPoints } from '../charts/shared.js';

/** What the keyboard asks of the chart: ECharts' `highlight` and `downplay`, and `showTip` and `hideTip` of the element's tooltip. */
export type ChartAction = { type: string; seriesIndex?: number; dataIndex?: number };

export interface ChartKeyboardOptions {
  /** The points of the current model, if it has a chart. */
  points: () => ChartPoints | undefined;
  dispatch: (action: ChartAction) => void;
  /** The focusable chart box, for the pointer's Escape. */
  box: () => HTMLElement | null;
}

type Position = { row: number; column: number };

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1);

export class ChartKeyboard implements ReactiveController {
  /** The last announcement, rendered into the live region. */
  message = '';
  private position: Position | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onDocumentKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onDocumentKey);
    this.position = undefined;
  }

  /** Escape while the pointer rests on the chart hides its tooltip. */
  private readonly onDocumentKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.options.box()?.matches(':hover')) this.options.dispatch({ type: 'hideTip' });
  };

  /** The point the reader has walked to, while a walk is under way. */
  get current(): Readonly<Position> | undefined {
    return this.position;
  }

  /** The chart box's `keydown` handler. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const points = this.options.points();
    if (!points || points.rows === 0 || points.columns === 0) return;
    if (event.key === 'Escape') {
      if (!this.position) return;
      event.preventDefault();
      this.stop();
      return;
    }
    const next = this.move(event.key, this.position, points);
    if (!next) return;
    event.preventDefault();
    this.show(next, points);
  };

  /** Focus leaving the chart ends the walk through its points. */
  readonly onBlur = (): void => {
    if (this.position) this.stop();
  };

  private move(key: string, at: Position | undefined, points: ChartPoints): Position | undefined {
    const known = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!known.includes(key)) return undefined;
    // The first key press shows where the walk starts, whichever arrow it was.
    if (!at) return points.start;
    const { rows, columns } = points;
    // With one column (bars, a map's gemeenten) Home and End go along the rows, and so do all four
    // arrows: a reader pressing Right expects the next one, not nothing.
    const along = columns > 1 ? 'column' : 'row';
    if (columns === 1) key = { ArrowLeft: 'ArrowUp', ArrowRight: 'ArrowDown' }[key] ?? key;
    switch (key) {
      case 'ArrowLeft':
        return { ...at, column: clamp(at.column - 1, columns) };
      case 'ArrowRight':
        return { ...at, column: clamp(at.column + 1, columns) };
      case 'ArrowUp':
        return { ...at, row: clamp(at.row - 1, rows) };
      case 'ArrowDown':
        return { ...at, row: clamp(at.row + 1, rows) };
      case 'Home':
        return { ...at, [along]: 0 };
      default:
        return { ...at, [along]: (along === 'column' ? columns : rows) - 1 };
    }
  }

  private show(next: Position, points: ChartPoints): void {
    const { dispatch } = this.options;
    if (this.position) dispatch({ type: 'downplay', ...points.target(this.position.row, this.position.column) });
    this.position = next;
    const target = points.target(next.row, next.column);
    dispatch({ type: 'highlight', ...target });
    dispatch({ type: 'showTip', ...target });
    this.announce(points.describe(next.row, next.column));
  }

  private stop(): void {
    const points = this.options.points();
    if (points && this.position)
      this.options.dispatch({ type: 'downplay', ...points.target(this.position.row, this.position.column) });
    this.options.dispatch({ type: 'hideTip' });
    this.position = undefined;
    this.announce('');
  }

  private announce(text: string): void {
    // The same words again (an arrow pressed at the last point) would leave the live region as it
    // was, and a screen reader silent: a no-break space after them every other time is a change.
    const again = text !== '' && this.message.replace(/\u00a0$/, '') === text;
    this.message = again && !this.message.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }
}
