/**
 * "Your results": does following up pay off? The figures and their
 * definitions are core/stats.ts's; this shows them, live.
 */
import { useId } from 'preact/hooks';
import { computeStats, type Stats } from '../core/stats';
import type { FollowthroughDb } from '../storage/db';
import { allFollowUps } from '../storage/dataTransfer';
import { WeeklyChart } from '../ui/chart/WeeklyChart';
import { t, type MessageKey } from '../ui/i18n';
import { messagesLocale } from '../ui/locale';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useNow } from '../ui/useNow';

const ATTEMPTS: readonly MessageKey[] = ['resultsAttempt1', 'resultsAttempt2', 'resultsAttempt3'];

export function ResultsSection({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const now = useNow(60_000);
  const followUps = useLiveQuery(() => allFollowUps(db), []);
  if (followUps.state !== 'ready') return null;
  const stats = computeStats(followUps.value, now);
  const locale = messagesLocale();
  const percent = (rate: number | null) =>
    rate === null ? t('resultsNone') : new Intl.NumberFormat(locale, { style: 'percent' }).format(rate);
  const days = (value: number | null) =>
    value === null
      ? t('resultsNone')
      : new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
  const figures: Array<{ key: keyof Stats; label: MessageKey; value: string }> = [
    { key: 'set', label: 'resultsSet', value: String(stats.set) },
    { key: 'replied', label: 'resultsReplied', value: String(stats.replied) },
    { key: 'doneWithoutReply', label: 'resultsDoneWithoutReply', value: String(stats.doneWithoutReply) },
    { key: 'overdueNow', label: 'resultsOverdueNow', value: String(stats.overdueNow) },
    { key: 'replyRate', label: 'resultsReplyRate', value: percent(stats.replyRate) },
    { key: 'medianDaysToReply', label: 'resultsMedianDays', value: days(stats.medianDaysToReply) },
  ];

  return (
    <section aria-labelledby={`${id}-heading`} data-section="results">
      <h2 id={`${id}-heading`}>{t('resultsHeading')}</h2>
      <dl class="figures">
        {figures.map(({ key, label, value }) => (
          <div key={key} class="figure" data-stat={key}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('resultsRateHint')}</p>

      <h3>{t('resultsByAttemptHeading')}</h3>
      <table class="attempts">
        <thead>
          <tr>
            <th scope="col">{t('resultsAttempt')}</th>
            <th scope="col">{t('resultsSet')}</th>
            <th scope="col">{t('resultsReplied')}</th>
            <th scope="col">{t('resultsReplyRate')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.byAttempt.map((row, i) => (
            <tr key={row.attempt} data-attempt={row.attempt}>
              <th scope="row">{t(ATTEMPTS[i]!)}</th>
              <td>{row.set}</td>
              <td>{row.replied}</td>
              <td>{percent(row.replyRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('resultsChartHeading')}</h3>
      <WeeklyChart weeks={stats.repliesPerWeek} />
    </section>
  );
}
