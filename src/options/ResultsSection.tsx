/**
 * "Your results": does following up pay off? The figures and their
 * definitions are core/stats.ts's; this shows them, live.
 */
import { useId } from 'preact/hooks';
import { outcomesByMonth, promisesKept } from '../core/followThrough';
import { OUTCOME_KINDS, type OutcomeKind } from '../core/outcome';
import { computePlanStats, ONCE, type RateRow } from '../core/planStats';
import { computeStats, type Stats } from '../core/stats';
import type { FollowthroughDb } from '../storage/db';
import { allFollowUps } from '../storage/dataTransfer';
import { WeeklyChart } from '../ui/chart/WeeklyChart';
import { t, tCount, type MessageKey } from '../ui/i18n';
import { messagesLocale } from '../ui/locale';
import { outcomeText } from '../ui/outcomeText';
import { channelName, planName } from '../ui/planText';
import { live } from '../storage/live';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useNow } from '../ui/useNow';

const ATTEMPTS: readonly MessageKey[] = ['resultsAttempt1', 'resultsAttempt2', 'resultsAttempt3'];

export function ResultsSection({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const now = useNow(60_000);
  const followUps = useLiveQuery(live(() => allFollowUps(db)), []);
  if (followUps.state !== 'ready') return null;
  const stats = computeStats(followUps.value, now);
  const byPlan = computePlanStats(followUps.value);
  const kept = promisesKept(followUps.value);
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

      <h3>{t('resultsOutcomesHeading')}</h3>
      <dl class="figures" data-results="outcomes">
        {OUTCOME_KINDS.map((kind) => (
          <div key={kind} class="figure" data-outcome={kind}>
            <dt>{outcomeName(kind)}</dt>
            <dd>{byPlan.outcomes[kind]}</dd>
          </div>
        ))}
      </dl>
      <OutcomesByMonth months={outcomesByMonth(followUps.value, now)} />

      <h3>{t('resultsPromisesHeading')}</h3>
      <p data-results="promises">
        {kept.made === 0 ? t('resultsPromisesNone') : tCount('resultsPromisesKept', kept.made, String(kept.onTime), String(kept.made), percent(kept.rate))}
      </p>
      <p class="hint">{t('resultsPromisesHint')}</p>

      {byPlan.byStep.length > 0 && (
        <RateTable
          id="steps"
          heading={t('resultsByStepHeading')}
          hint={t('resultsByStepHint')}
          column={t('resultsStep')}
          rows={byPlan.byStep.map((row, step) => ({ key: String(step), label: step === 0 ? t('resultsStepMessage') : t('resultsStepNumber', String(step)), row }))}
          percent={percent}
          days={days}
        />
      )}
      <RateTable
        id="plans"
        heading={t('resultsByPlanHeading')}
        column={t('resultsPlan')}
        rows={byPlan.byPlan.map((row) => ({ key: row.planId, label: planName(row.planId === ONCE ? null : row.planId, row.name), row }))}
        percent={percent}
        days={days}
      />
      {byPlan.byChannel.length > 0 && (
        <RateTable
          id="channels"
          heading={t('resultsByChannelHeading')}
          column={t('resultsChannel')}
          rows={byPlan.byChannel.map((row) => ({ key: row.channel, label: channelName(row.channel), row }))}
          percent={percent}
          days={days}
        />
      )}

      <h3>{t('resultsChartHeading')}</h3>
      <WeeklyChart weeks={stats.repliesPerWeek} />
    </section>
  );
}

interface RateTableProps {
  id: string;
  heading: string;
  hint?: string;
  /** What the first column names: a step, a plan, a channel. */
  column: string;
  rows: Array<{ key: string; label: string; row: RateRow }>;
  percent(rate: number | null): string;
  days(value: number | null): string;
}

/** One table of reply rates, by whatever its first column names. */
function RateTable({ id, heading, hint, column, rows, percent, days }: RateTableProps) {
  return (
    <>
      <h3>{heading}</h3>
      {hint && <p class="hint">{hint}</p>}
      <table class="attempts" data-results={id}>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col">{t('resultsSet')}</th>
            <th scope="col">{t('resultsReplied')}</th>
            <th scope="col">{t('resultsReplyRate')}</th>
            <th scope="col">{t('resultsMedianDays')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, row }) => (
            <tr key={key} data-row={key}>
              <th scope="row">{label}</th>
              <td>{row.set}</td>
              <td>{row.replied}</td>
              <td>{percent(row.replyRate)}</td>
              <td>{days(row.medianDaysToReply)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** "2026-12": a local month, for tests and styles to find its row. */
const monthKey = (ms: number) => `${new Date(ms).getFullYear()}-${String(new Date(ms).getMonth() + 1).padStart(2, '0')}`;
const outcomeName = (kind: OutcomeKind) => (kind === 'no-answer' ? t('outcomeNoAnswer') : outcomeText({ kind, steps: 0 }));

/** The outcomes recorded each month, the last six months: is it getting better? */
function OutcomesByMonth({ months }: { months: ReturnType<typeof outcomesByMonth> }) {
  const monthName = new Intl.DateTimeFormat(messagesLocale(), { month: 'short', year: 'numeric' });
  return (
    <>
      <h3>{t('resultsOutcomesByMonthHeading')}</h3>
      <table class="attempts" data-results="outcomes-by-month">
        <thead>
          <tr>
            <th scope="col">{t('resultsMonth')}</th>
            {OUTCOME_KINDS.map((kind) => (
              <th key={kind} scope="col">
                {outcomeName(kind)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map(({ monthStart, counts }) => (
            <tr key={monthStart} data-row={monthKey(monthStart)}>
              <th scope="row">{monthName.format(monthStart)}</th>
              {OUTCOME_KINDS.map((kind) => (
                <td key={kind}>{counts[kind]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
