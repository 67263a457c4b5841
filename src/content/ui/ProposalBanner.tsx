/**
 * The one-click follow-up offered at the top of a thread whose latest message proposes a time
 * ("let's follow up the week of August 22") or promises something by a date ("I'll send the
 * signed form by Friday"). Their sentence is shown as text, so the user sees what was read.
 */
import type { ProposedDate } from '../../core/dates/promisedDate';
import { formatDueDate } from '../../core/format';
import { t } from '../../ui/i18n';
import { Icon } from '../../ui/icons';

export function ProposalBanner({
  who,
  proposal,
  onFollowUp,
  onDismiss,
}: {
  who: string;
  proposal: ProposedDate;
  onFollowUp: () => void;
  onDismiss: () => void;
}) {
  return (
    <div class="ft-banner ft-banner-proposal" role="region" aria-label={t('proposalLabel')}>
      <Icon name="schedule" />
      <span class="ft-banner-text">
        {t('proposalText', who)} <q class="ft-proposal-quote">{proposal.sentence}</q>
      </span>
      <button type="button" class="ft-banner-action" onClick={onFollowUp}>
        {t('proposalAction', formatDueDate(proposal.dueAt))}
      </button>
      <button type="button" class="ft-banner-dismiss" aria-label={t('proposalDismiss')} title={t('proposalDismiss')} onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
