// The time bar under the graph: statements per month as bars, a range of months chosen with two handles,
// and play, which slides the range one month at a time so that positions can be watched as they change.
// It sits under the canvas, not over it, so it never hides a node.
import { h, replaceChildren } from '../dom.ts';
import { monthLabel, nextWindow, type Month, type MonthWindow } from '../time.ts';
import { monthChart } from './chart.ts';

export interface TimeBarEvents {
  /** The user moved the range, or play moved it. */
  change(window: MonthWindow): void;
}

/** How long play shows each month. */
const STEP_MS = 1000;

export class TimeBar {
  private months: Month[] = [];
  private counts: number[] = [];
  private window: MonthWindow = { start: 0, end: 0 };
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly chart = h('div', { class: 'time-chart' });
  private readonly track = h('div', { class: 'time-track' });
  private readonly range = h('div', { class: 'time-range' });
  private readonly start = this.handle('time-start', 'First month');
  private readonly end = this.handle('time-end', 'Last month');
  private readonly label = h('span', { class: 'time-label', id: 'time-label' });
  private readonly playButton = h('button', {
    class: 'icon-button play',
    type: 'button',
    id: 'time-play',
    title: 'Play: step through the months',
    'aria-pressed': 'false',
    onclick: () => {
      if (this.playing) this.stop();
      else this.play();
    },
  });

  constructor(
    private readonly root: HTMLElement,
    private readonly events: TimeBarEvents,
  ) {
    replaceChildren(this.range, this.start, this.end);
    replaceChildren(this.track, this.chart, this.range);
    new ResizeObserver(() => {
      this.alignBars();
    }).observe(this.track);
    replaceChildren(
      root,
      this.playButton,
      this.track,
      this.label,
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          id: 'time-all',
          title: 'All dates',
          onclick: () => {
            this.stop();
            this.choose({ start: 0, end: this.months.length - 1 });
          },
        },
        'All dates',
      ),
    );
    this.renderPlay();
  }

  private handle(id: string, label: string): HTMLInputElement {
    return h('input', {
      type: 'range',
      id,
      min: 0,
      max: 0,
      step: 1,
      value: 0,
      'aria-label': label,
      oninput: () => {
        this.stop();
        const [a, b] = [Number(this.start.value), Number(this.end.value)];
        this.choose({ start: Math.min(a, b), end: Math.max(a, b) });
      },
    });
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  /** The months of the loaded graph and its statements per month; hidden when there are no dates. */
  setAxis(months: Month[], counts: number[]): void {
    this.months = months;
    this.counts = counts;
    this.root.hidden = months.length === 0;
    for (const input of [this.start, this.end]) input.max = String(Math.max(0, months.length - 1));
    this.alignBars();
    this.render();
  }

  /** Shows `window` without telling anyone (the filters changed it). */
  setWindow(window: MonthWindow): void {
    this.window = window;
    this.render();
  }

  play(): void {
    if (this.months.length < 2) return;
    this.stop();
    // Months without a statement are skipped: there is nothing to watch in them.
    const step = (): void => {
      let next = nextWindow(this.months, this.window);
      while (next && this.statementsIn(next) === 0) next = nextWindow(this.months, next);
      if (next) this.choose(next);
      else this.stop();
    };
    step();
    this.timer = setInterval(step, STEP_MS);
    this.renderPlay();
  }

  stop(): void {
    if (this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.renderPlay();
  }

  private statementsIn({ start, end }: MonthWindow): number {
    return this.counts.slice(start, end + 1).reduce((sum, count) => sum + count, 0);
  }

  private choose(window: MonthWindow): void {
    this.window = window;
    this.render();
    this.events.change(window);
  }

  private render(): void {
    const { start, end } = this.window;
    this.start.value = String(start);
    this.end.value = String(end);
    const [first, last] = [this.months[start], this.months[end]];
    const all = start <= 0 && end >= this.months.length - 1;
    const statements = this.statementsIn(this.window);
    const span =
      first === undefined || last === undefined
        ? ''
        : first === last
          ? monthLabel(first)
          : `${monthLabel(first)} – ${monthLabel(last)}`;
    this.label.textContent = `${all ? 'All dates' : span} · ${statements.toLocaleString('en')} statements`;
    this.label.title = span;
    replaceChildren(
      this.chart,
      monthChart(this.months, this.counts, 'statements', {
        // Drawn in its own units and stretched to the bar's width by CSS.
        width: Math.max(120, this.months.length * 12),
        height: 30,
        color: '#6f7d8c',
        window: this.window,
        stretch: true,
      }),
    );
  }

  /**
   * Puts each month's handle position over the middle of that month's bar: a handle's centre runs from
   * half a thumb in from one end of its input to half a thumb in from the other, so the inputs are inset
   * by half a bar less half a thumb.
   */
  private alignBars(): void {
    const thumb = 14;
    const inset = this.track.clientWidth / (2 * Math.max(1, this.months.length)) - thumb / 2;
    this.range.style.left = this.range.style.right = `${String(inset)}px`;
  }

  private renderPlay(): void {
    this.playButton.textContent = this.playing ? '❚❚' : '▶';
    this.playButton.setAttribute('aria-pressed', String(this.playing));
    this.playButton.setAttribute('aria-label', this.playing ? 'Pause' : 'Play the months');
  }
}
