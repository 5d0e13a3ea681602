/// <reference lib="dom" />
// One benchmark's chart: run values over commits (evenly spaced) or time, the 95% interval of
// each run's median as a band, the Action's regression and improvement verdicts as marks, change
// points as dashed lines labelled with the size of the step. Hover shows the run; a click opens
// its commit when the repository is known.
import uPlot from 'uplot';
import type { BenchmarkChanges, BenchmarkSummary } from '../model.ts';
import type { Series } from './data.ts';
import { append, clear, commitUrl, el } from './dom.ts';
import { axisLabels, formatChange, formatNumber, formatValue } from './units.ts';

export interface ChartOptions {
  benchmark: BenchmarkSummary;
  /** Change points and marks, once the suite's changes file has arrived. */
  changes?: BenchmarkChanges;
  series: Series;
  xMode: 'commit' | 'time';
  log: boolean;
  repository?: string;
  /** Called once the chart has been drawn for the first time. */
  onDrawn?: () => void;
}

interface Palette {
  fg: string;
  muted: string;
  grid: string;
  line: string;
  band: string;
  bad: string;
  good: string;
  warn: string;
}

function palette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: get('--fg', '#1f2328'),
    muted: get('--muted', '#59636e'),
    grid: get('--grid', 'rgba(0,0,0,0.08)'),
    line: get('--line', '#0969da'),
    band: get('--band', 'rgba(9,105,218,0.18)'),
    bad: get('--bad', '#cf222e'),
    good: get('--good', '#1a7f37'),
    warn: get('--warn', '#9a6700'),
  };
}

function cursorDot(): HTMLElement {
  const dot = document.createElement('div');
  dot.style.width = '7px';
  dot.style.height = '7px';
  dot.style.marginLeft = '-3.5px';
  dot.style.marginTop = '-3.5px';
  return dot;
}

export function shortDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Dates under the ticks of an evenly spaced (by commit) axis; with the time of day when the ticks fall within days. */
export function commitAxisLabels(times: Float64Array, splits: number[]): string[] {
  const known = splits.filter((x) => Number.isInteger(x) && times[x] !== undefined).map((x) => times[x]!);
  const span = known.length > 1 ? Math.max(...known) - Math.min(...known) : 0;
  const withTime = span < 4 * 86_400;
  let previous = '';
  return splits.map((x) => {
    const t = Number.isInteger(x) ? times[x] : undefined;
    if (t === undefined) return '';
    const iso = new Date(t * 1000).toISOString();
    const label = withTime ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
    if (label === previous) return '';
    previous = label;
    return label;
  });
}

export function dateTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

export class BenchmarkChart {
  private plot: uPlot | undefined;
  private readonly host: HTMLElement;
  private readonly tip: HTMLElement;
  private options: ChartOptions;
  private positions = new Map<string, number>();
  private downAt: [number, number] | undefined;
  private drawn = false;
  private readonly resize: ResizeObserver;

  constructor(host: HTMLElement, options: ChartOptions) {
    this.host = host;
    this.options = options;
    this.tip = el('div', { className: 'tip', attrs: { role: 'tooltip' } });
    this.tip.hidden = true;
    this.resize = new ResizeObserver(() => {
      if (this.plot) this.plot.setSize(this.size());
    });
    this.resize.observe(host);
    this.build();
  }

  /** New data for the same benchmark (older months arrived): keeps the options. */
  update(series: Series): void {
    this.options = { ...this.options, series };
    this.index();
    if (!this.plot) return this.build();
    this.plot.setData(this.data(), true);
  }

  /** Change points and marks arrived: draw them over what is there. */
  setChanges(changes: BenchmarkChanges): void {
    this.options = { ...this.options, changes };
    this.plot?.redraw(false, false);
  }

  destroy(): void {
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = undefined;
    clear(this.host);
  }

  private size(): { width: number; height: number } {
    const width = Math.max(280, Math.floor(this.host.clientWidth));
    return { width, height: Math.round(Math.min(420, Math.max(240, width * 0.42))) };
  }

  private index(): void {
    const { ids } = this.options.series;
    this.positions = new Map();
    for (let i = 0; i < ids.length; i++) this.positions.set(ids[i]!, i);
  }

  private xs(): Float64Array {
    const { series, xMode } = this.options;
    if (xMode === 'time') return series.times;
    const xs = new Float64Array(series.median.length);
    for (let i = 0; i < xs.length; i++) xs[i] = i;
    return xs;
  }

  private data(): uPlot.AlignedData {
    const { series, log } = this.options;
    let low: Float64Array = series.low;
    if (log) {
      // A log axis has no room for zero or less (a band around a value at or below zero).
      low = new Float64Array(series.low.length);
      for (let i = 0; i < low.length; i++) low[i] = series.low[i]! > 0 ? series.low[i]! : series.median[i]! / 10;
    }
    return [this.xs(), series.median, low, series.high] as unknown as uPlot.AlignedData;
  }

  private build(): void {
    this.plot?.destroy();
    clear(this.host);
    this.index();
    const { benchmark, xMode, log } = this.options;
    const colors = palette();
    const unit = benchmark.unit;
    const axisFont = '12px system-ui, sans-serif';
    const opts: uPlot.Options = {
      ...this.size(),
      // Room on the right for half of the last x label, which uPlot centres on its tick (it was cut off).
      padding: [null, 48, null, null],
      legend: { show: false },
      cursor: {
        drag: { x: true, y: false, setScale: true },
        // A dot on the line only: the band's edges are not points to hover.
        points: { size: 7, fill: colors.line, show: (_u: uPlot, si: number) => (si === 1 ? cursorDot() : (null as unknown as HTMLElement)) },
      },
      scales: { x: { time: xMode === 'time' }, y: log ? { distr: 3, log: 10 } : {} },
      series: [
        {},
        {
          label: 'median',
          stroke: colors.line,
          width: 1.5,
          spanGaps: true,
          // Dots only where there is room for them: a few hundred runs in view at most.
          points: {
            show: (u: uPlot, _s: number, i0: number, i1: number) => i1 - i0 < u.bbox.width / (6 * (devicePixelRatio || 1)),
            size: 4,
            fill: colors.line,
          },
        },
        { label: 'low', stroke: 'transparent', width: 0, points: { show: false } },
        { label: 'high', stroke: 'transparent', width: 0, points: { show: false } },
      ],
      bands: [{ series: [3, 2], fill: colors.band }],
      axes: [
        {
          stroke: colors.muted,
          font: axisFont,
          space: 90,
          grid: { stroke: colors.grid, width: 1 },
          ticks: { stroke: colors.grid, width: 1 },
          ...(xMode === 'commit'
            ? {
                values: (_u: uPlot, splits: number[]) => commitAxisLabels(this.options.series.times, splits),
              }
            : {}),
        },
        {
          stroke: colors.muted,
          font: axisFont,
          grid: { stroke: colors.grid, width: 1 },
          ticks: { stroke: colors.grid, width: 1 },
          values: (_u: uPlot, splits: number[]) => axisLabels(unit, splits, log),
          size: (u: uPlot, values: string[] | null) => {
            if (!values) return 60;
            u.ctx.font = axisFont;
            return Math.ceil(Math.max(...values.map((v) => u.ctx.measureText(v).width))) + 18;
          },
        },
      ],
      hooks: {
        draw: [(u) => this.decorate(u, colors)],
        setCursor: [(u) => this.showTip(u)],
      },
    };
    if (xMode === 'commit') opts.scales!.x = { time: false, range: (_u, min, max) => [Math.min(min, max - 1), Math.max(max, min + 1)] };
    this.plot = new uPlot(opts, this.data(), this.host);
    this.host.appendChild(this.tip);
    const over = this.plot.over;
    over.addEventListener('mousedown', (e) => (this.downAt = [e.clientX, e.clientY]));
    over.addEventListener('click', (e) => this.open(e));
    over.addEventListener('mouseleave', () => (this.tip.hidden = true));
    if (!this.drawn) {
      this.drawn = true;
      this.options.onDrawn?.();
    }
  }

  private decorate(u: uPlot, colors: Palette): void {
    const changes = this.options.changes ?? { changePoints: [], marks: [] };
    const ctx = u.ctx;
    const ratio = devicePixelRatio || 1;
    const xs = u.data[0];
    const ys = u.data[1];
    const top = u.bbox.top;
    const bottom = u.bbox.top + u.bbox.height;
    ctx.save();
    ctx.font = `${11 * ratio}px system-ui, sans-serif`;
    for (const cp of changes.changePoints) {
      const from = this.positions.get(cp.from.id);
      const to = this.positions.get(cp.to.id);
      if (from === undefined || to === undefined) continue;
      const x = (u.valToPos(xs[from]!, 'x', true) + u.valToPos(xs[to]!, 'x', true)) / 2;
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
      const color = cp.worse ? colors.bad : colors.good;
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5 * ratio;
      ctx.setLineDash([5 * ratio, 4 * ratio]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = color;
      ctx.fillText(formatChange(cp.change), x + 4 * ratio, top + 12 * ratio);
    }
    for (const mark of changes.marks) {
      const i = this.positions.get(mark.run.id);
      if (i === undefined) continue;
      const x = u.valToPos(xs[i]!, 'x', true);
      const y = u.valToPos(ys![i] as number, 'y', true);
      if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
      ctx.fillStyle = mark.verdict === 'regression' ? colors.bad : mark.verdict === 'improvement' ? colors.good : colors.warn;
      ctx.beginPath();
      if (mark.verdict === 'regression') {
        ctx.moveTo(x, y - 7 * ratio);
        ctx.lineTo(x - 6 * ratio, y + 5 * ratio);
        ctx.lineTo(x + 6 * ratio, y + 5 * ratio);
      } else if (mark.verdict === 'improvement') {
        ctx.moveTo(x, y + 7 * ratio);
        ctx.lineTo(x - 6 * ratio, y - 5 * ratio);
        ctx.lineTo(x + 6 * ratio, y - 5 * ratio);
      } else {
        ctx.arc(x, y, 5 * ratio, 0, Math.PI * 2);
      }
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  }

  private showTip(u: uPlot): void {
    const i = u.cursor.idx;
    const { series, benchmark, repository } = this.options;
    if (i === null || i === undefined || i >= series.median.length) {
      this.tip.hidden = true;
      return;
    }
    clear(this.tip);
    const commit = series.commits[i];
    const unit = benchmark.unit;
    const mark = this.options.changes?.marks.find((m) => m.run.id === series.ids[i]);
    append(
      this.tip,
      el('div', { className: 'tip-commit' }, commit ? commit.slice(0, 12) : 'no commit recorded'),
      el('div', { className: 'tip-date' }, dateTime(series.times[i]!)),
      el('div', { className: 'tip-value' }, formatValue(series.median[i]!, unit, 4)),
      series.n[i]! > 1
        ? el('div', { className: 'tip-interval' }, `95% interval ${formatValue(series.low[i]!, unit, 4)} – ${formatValue(series.high[i]!, unit, 4)}`)
        : el('div', { className: 'tip-interval' }, 'one sample: no interval'),
      el('div', { className: 'tip-n' }, `${series.n[i]} samples, cv ${formatNumber(series.cv[i]! * 100, 2)}%`),
      mark
        ? el('div', { className: `tip-verdict verdict-${mark.verdict}` }, `${mark.verdict}${mark.change !== undefined ? ` ${formatChange(mark.change)}` : ''}`)
        : null,
      commitUrl(repository, commit) ? el('div', { className: 'tip-hint' }, 'click to open the commit') : null,
    );
    this.tip.hidden = false;
    const left = u.cursor.left ?? 0;
    const topPx = u.cursor.top ?? 0;
    const width = this.tip.offsetWidth;
    const x = left + u.bbox.left / (devicePixelRatio || 1);
    this.tip.style.left = `${Math.max(0, Math.min(x + 14, this.host.clientWidth - width - 4))}px`;
    this.tip.style.top = `${Math.max(0, topPx + u.bbox.top / (devicePixelRatio || 1) - 10)}px`;
  }

  private open(e: MouseEvent): void {
    const down = this.downAt;
    if (down && Math.hypot(e.clientX - down[0], e.clientY - down[1]) > 4) return;
    const i = this.plot?.cursor.idx;
    if (i === null || i === undefined) return;
    const url = commitUrl(this.options.repository, this.options.series.commits[i]);
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
  }
}

export function drawSparkline(canvas: HTMLCanvasElement, values: readonly number[], direction: 'smaller' | 'bigger'): void {
  const ratio = devicePixelRatio || 1;
  const width = canvas.clientWidth || 96;
  const height = canvas.clientHeight || 24;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx || values.length === 0) return;
  const colors = palette();
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || Math.abs(max) || 1;
  const pad = 2 * ratio;
  const x = (i: number) => pad + (values.length === 1 ? (canvas.width - 2 * pad) / 2 : (i / (values.length - 1)) * (canvas.width - 2 * pad));
  const y = (v: number) => canvas.height - pad - ((v - min) / span) * (canvas.height - 2 * pad);
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 1.25 * ratio;
  ctx.beginPath();
  values.forEach((v, i) => (i === 0 ? ctx.moveTo(x(i), y(v)) : ctx.lineTo(x(i), y(v))));
  ctx.stroke();
  const last = values[values.length - 1]!;
  const first = values[0]!;
  const worse = direction === 'smaller' ? last > first : last < first;
  ctx.fillStyle = last === first ? colors.muted : worse ? colors.bad : colors.good;
  ctx.beginPath();
  ctx.arc(x(values.length - 1), y(last), 2.2 * ratio, 0, Math.PI * 2);
  ctx.fill();
}
