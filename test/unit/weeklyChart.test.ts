import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/core/stats';
import { barChart, niceStep, type WeekValue } from '../../src/ui/chart/weeklyChart';
import { NOW } from './fixtures';

// 12 Monday-midnight week starts (Berlin) ending with the week of 16 November 2026.
const weeks = computeStats([], NOW).repliesPerWeek.map((w) => w.weekStart);
const data = (replies: number[]): WeekValue[] => replies.map((n, i) => ({ weekStart: weeks[i]!, replies: n }));

const size = { width: 640, height: 200, padding: { top: 10, right: 20, bottom: 30, left: 40 } };
// Plot: x 40..620 (580 wide), y 10..170 (160 high, baseline 170).

describe('niceStep', () => {
  it.each([
    [0, 1],
    [3, 1],
    [5, 1],
    [6, 2],
    [10, 2],
    [11, 5],
    [25, 5],
    [26, 10],
    [50, 10],
    [51, 20],
    [101, 50],
    [1234, 500],
  ])('picks %i → %i from 1, 2, 5, 10, 20, 50…', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('never loops on a value that is not a count', () => {
    expect(niceStep(Number.NaN)).toBe(1);
    expect(niceStep(-4)).toBe(1);
  });
});

describe('barChart', () => {
  it('puts ticks at nice values from 0 up to the first one at or above the largest week', () => {
    expect(barChart(data([0, 3, 1]), size).yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
    expect(barChart(data([7, 0]), size).yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(barChart(data([23]), size).yTicks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('places ticks from the baseline up to the top of the plot', () => {
    const { yTicks } = barChart(data([7]), size);
    expect(yTicks[0]).toEqual({ y: 170, value: 0 });
    expect(yTicks[4]).toEqual({ y: 10, value: 8 });
    expect(yTicks[1]!.y).toBeCloseTo(130);
  });

  it('shows a 0–1 scale with flat bars when no week has a reply', () => {
    const chart = barChart(data(Array(12).fill(0)), size);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1]);
    expect(chart.bars).toHaveLength(12);
    for (const bar of chart.bars) expect(bar).toMatchObject({ y: 170, height: 0, value: 0 });
  });

  it('divides the width into equal slots, each bar centred and 70% of its slot', () => {
    const { bars } = barChart(data(Array(12).fill(1)), size);
    const slot = 580 / 12;
    bars.forEach((bar, i) => {
      expect(bar.width).toBeCloseTo(slot * 0.7);
      expect(bar.x + bar.width / 2).toBeCloseTo(40 + slot * (i + 0.5));
    });
    expect(bars[0]!.x).toBeGreaterThanOrEqual(40);
    expect(bars[11]!.x + bars[11]!.width).toBeLessThanOrEqual(620);
  });

  it('makes bar heights proportional, standing on the baseline', () => {
    const { bars } = barChart(data([4, 2, 0, 1]), size); // scale 0..4
    expect(bars.map((b) => b.height)).toEqual([160, 80, 0, 40]);
    for (const bar of bars) expect(bar.y + bar.height).toBe(170);
    expect(bars.map((b) => b.value)).toEqual([4, 2, 0, 1]);
  });

  it('labels each bar with its week start, like "Nov 16"', () => {
    const { bars } = barChart(data(Array(12).fill(0)), size);
    expect(bars[11]!.label).toBe('Nov 16');
    expect(bars[0]!.label).toBe('Aug 31');
    expect(barChart(data([0]), { ...size, locale: 'de-DE' }).bars[0]!.label).toBe('31. Aug.');
  });

  it('accepts one padding for all sides', () => {
    const { bars, yTicks } = barChart(data([2]), { width: 100, height: 100, padding: 10 });
    expect(bars[0]).toMatchObject({ y: 10, height: 80 });
    expect(bars[0]!.x + bars[0]!.width / 2).toBeCloseTo(50);
    expect(yTicks.at(-1)).toEqual({ y: 10, value: 2 });
  });

  it('draws nothing, without failing, for no weeks or no room', () => {
    expect(barChart([], size)).toEqual({ bars: [], yTicks: [{ y: 170, value: 0 }, { y: 10, value: 1 }] });
    const cramped = barChart(data([3]), { width: 10, height: 10, padding: 20 });
    expect(cramped.bars[0]).toMatchObject({ width: 0, height: 0 });
  });

  it('draws a value that is not a count as zero', () => {
    const { bars, yTicks } = barChart(data([Number.NaN, -3, 2]), size);
    expect(bars.map((b) => b.height)).toEqual([0, 0, 160]);
    expect(yTicks.map((t) => t.value)).toEqual([0, 1, 2]);
  });
});
