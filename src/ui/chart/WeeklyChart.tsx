/**
 * The replies-per-week bar chart, drawn from weeklyChart.ts's geometry with
 * plain SVG elements. It scales with its container (viewBox), so it stays
 * sharp at any zoom. Screen readers get the same numbers as a table.
 */
import { t, tCount } from '../i18n';
import { barChart, type WeekValue } from './weeklyChart';

const WIDTH = 640;
const HEIGHT = 220;
const PADDING = { top: 12, right: 8, bottom: 28, left: 36 };

export function WeeklyChart({ weeks }: { weeks: readonly WeekValue[] }) {
  const { bars, yTicks } = barChart(weeks, { width: WIDTH, height: HEIGHT, padding: PADDING, locale: undefined });
  const total = bars.reduce((sum, bar) => sum + bar.value, 0);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('resultsChartLabel', String(weeks.length), String(total))}>
        {yTicks.map((tick) => (
          <g key={tick.value} class="tick">
            <line x1={PADDING.left} x2={WIDTH - PADDING.right} y1={tick.y} y2={tick.y} />
            <text x={PADDING.left - 8} y={tick.y} text-anchor="end" dominant-baseline="middle">
              {tick.value}
            </text>
          </g>
        ))}
        {bars.map((bar) => (
          <g key={bar.label} class="bar">
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={3}>
              <title>{tCount('resultsChartBar', bar.value, bar.label, String(bar.value))}</title>
            </rect>
            <text x={bar.x + bar.width / 2} y={HEIGHT - 8} text-anchor="middle">
              {bar.label}
            </text>
          </g>
        ))}
      </svg>
      <table class="visually-hidden">
        <caption>{t('resultsChartHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('resultsWeekOf')}</th>
            <th scope="col">{t('resultsReplies')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
