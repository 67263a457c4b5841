/**
 * The banner at the top of a thread whose follow-up is due: who has not
 * answered since when, and a Reply button that opens Gmail's own reply.
 */
import type { FollowUp } from '../../core/followUp';
import { formatShortDate } from '../../core/format';
import { evidenceNote } from '../../core/replies/evidence';
import { evidenceText } from '../../ui/evidenceText';
import { t } from '../../ui/i18n';
import { Icon } from '../../ui/icons';
import { recipientLabel } from '../../ui/notificationText';

export function DueBanner({ followUp, now, onReply }: { followUp: FollowUp; now: number; onReply?: () => void }) {
  const who = recipientLabel(followUp);
  const when = formatShortDate(followUp.sentAt, now);
  const replyBy = followUp.condition === 'until-i-reply';
  const text = replyBy
    ? t('bannerReplyBy', who, when)
    : followUp.replyCheck?.outcome === 'unknown'
      ? t('bannerUnknown', who, when)
      : t('bannerText', who, when);
  // Why no answer counted (an out-of-office, a colleague) or why the status is unknown; a reply-by waits on the user only.
  const note = replyBy ? null : evidenceNote(followUp.replyCheck, now);
  return (
    <div class="ft-banner" role="status">
      <Icon name="schedule" />
      <span class="ft-banner-text">
        {text}
        {note && note.kind !== 'replied' && <span class="ft-banner-evidence"> · {evidenceText(note, now)}</span>}
      </span>
      {onReply && (
        <button type="button" class="ft-banner-action" onClick={onReply}>
          {t('bannerReply')}
        </button>
      )}
    </div>
  );
}
