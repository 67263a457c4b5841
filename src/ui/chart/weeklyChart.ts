/**
 * Geometry for the replies-per-week bar chart: numbers only, so the SVG
 * component stays a thin loop and the layout is testable without a DOM.
 * SVG coordinates: y grows downwards, bars stand on the bottom edge of the plot.
 */

export interface WeekValue {
  weekStart: number;
  replies: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartOptions {
  width: number;
  height: number;
  /** Room around the plot for labels; one number for all sides. */
  padding: number | Padding;
  /** For the week labels; default en-US ("Nov 16"). */
  locale?: string;
  /** For the week labels; default the runtime's zone, the one weekStart was computed in. */
  timeZone?: string;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  value: number;
}

export interface Tick {
  y: number;
  value: number;
}

export interface BarChart {
  bars: Bar[];
  yTicks: Tick[];
}

/** Share of each week's slot the bar fills; the rest is the gap between bars. */
const BAR_FILL = 0.7;
/** At most this many intervals on the y axis. */
const MAX_INTERVALS = 5;

export function barChart(data: readonly WeekValue[], options: ChartOptions): BarChart {
  const pad = typeof options.padding === 'number' ? all(options.padding) : options.padding;
  const plotWidth = Math.max(0, options.width - pad.left - pad.right);
  const plotHeight = Math.max(0, options.height - pad.top - pad.bottom);
  const baseline = pad.top + plotHeight;

  const values = data.map((d) => count(d.replies));
  const max = values.reduce((m, n) => Math.max(m, n), 0);
  const step = niceStep(max);
  const top = Math.max(1, Math.ceil(max / step)) * step;
  const yOf = (value: number) => baseline - (value / top) * plotHeight;

  const slot = data.length > 0 ? plotWidth / data.length : 0;
  const barWidth = slot * BAR_FILL;
  const label = new Intl.DateTimeFormat(options.locale ?? 'en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: options.timeZone,
  });
  const bars = data.map((d, i) => {
    const value = values[i]!;
    return {
      x: pad.left + i * slot + (slot - barWidth) / 2,
      y: yOf(value),
      width: barWidth,
      height: baseline - yOf(value),
      label: label.format(d.weekStart),
      value,
    };
  });

  const yTicks: Tick[] = [];
  for (let value = 0; value <= top; value += step) yTicks.push({ y: yOf(value), value });
  return { bars, yTicks };
}

/** A count to draw: anything else (negative, NaN) is drawn as nothing rather than breaking the scale. */
function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function all(n: number): Padding {
  return { top: n, right: n, bottom: n, left: n };
}

/**
 * The smallest of 1, 2, 5, 10, 20, 50… that covers `max` in at most
 * MAX_INTERVALS steps. Whole numbers only: replies are counted, never halved.
 */
export function niceStep(max: number): number {
  if (!(max > 0)) return 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const factor of [1, 2, 5]) {
      const step = factor * magnitude;
      if (max <= step * MAX_INTERVALS) return step;
    }
  }
}
