/**
 * Which tiles of a long grid to render: the rows on screen and a few around them, the rest stood in for by padding
 * of the same height, so a list of a thousand credentials holds a few dozen tiles in the DOM. The grid's columns and
 * row height are measured from what is rendered (CSS decides them); the range follows the page's scrolling and the
 * element's size. Fixed-height rows are what make this small: `@lit-labs/virtualizer` measures every item for
 * layouts of any shape and costs ~10 KB gzip for it (measured with its grid layout), this ~1 KB.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WindowRange {
  /** The first item to render, and one past the last. */
  start: number;
  end: number;
  /** The padding that stands in for the rows before and after, in pixels. */
  before: number;
  after: number;
}

/** Rows rendered beyond each edge of the screen: enough for the keyboard's next tab stop and a quick flick. */
const OVERSCAN_ROWS = 2;
/** Until a row has been measured: a tile and its gap. */
const GUESS_ROW_PX = 240;

export class WindowController implements ReactiveController {
  private columns = 1;
  private rowHeight = GUESS_ROW_PX;
  private firstRow = 0;
  private lastRow = 3;
  private frame = 0;
  private readonly resizeObserver: ResizeObserver | undefined;
  private readonly onScroll = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.measure()));
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The grid whose children are the tiles. */
    private readonly grid: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
    this.resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(this.onScroll);
  }

  hostConnected(): void {
    // Capture: scrolls of any scrolling ancestor reach the window in the capture phase, though they do not bubble.
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    this.resizeObserver?.observe(this.host);
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.onScroll, { capture: true });
    removeEventListener('resize', this.onScroll);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    // What was rendered tells the columns and the row height: measure again when they may have changed.
    this.onScroll();
  }

  /** The items to render of `count`. */
  range(count: number): WindowRange {
    const rows = Math.ceil(count / this.columns);
    const firstRow = Math.min(this.firstRow, Math.max(0, rows - 1));
    const lastRow = Math.min(Math.max(this.lastRow, firstRow), rows - 1);
    const start = firstRow * this.columns;
    const end = Math.min(count, (lastRow + 1) * this.columns);
    return { start, end, before: firstRow * this.rowHeight, after: Math.max(0, rows - lastRow - 1) * this.rowHeight };
  }

  /** Reads the grid's geometry and the screen, and asks for a render when the rows to show have changed. */
  private measure(): void {
    const grid = this.grid();
    if (!grid || !this.host.isConnected) return;
    const style = getComputedStyle(grid);
    const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter((track) => track && track !== 'none').length);
    const tile = grid.firstElementChild as HTMLElement | null;
    const gap = parseFloat(style.rowGap) || 0;
    const rowHeight = tile && tile.offsetHeight > 0 ? tile.offsetHeight + gap : this.rowHeight;
    const top = grid.getBoundingClientRect().top;
    const screen = innerHeight || document.documentElement.clientHeight;
    const firstRow = Math.max(0, Math.floor(-top / rowHeight) - OVERSCAN_ROWS);
    const lastRow = Math.max(firstRow, Math.floor((screen - top) / rowHeight) + OVERSCAN_ROWS);
    if (columns === this.columns && rowHeight === this.rowHeight && firstRow === this.firstRow && lastRow === this.lastRow) return;
    Object.assign(this, { columns, rowHeight, firstRow, lastRow });
    this.host.requestUpdate();
  }
}
