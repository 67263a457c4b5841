/**
 * The send-as addresses the extension knows per account: read from Gmail's From selector,
 * never guessed. Their messages are the user's own and never count as replies, so a wrong one
 * would hide real answers: the user sees them all and can remove one (it is not learned again).
 */
import { useId } from 'preact/hooks';
import { forgetSendAs } from '../storage/accounts';
import type { FollowthroughDb } from '../storage/db';
import { t } from '../ui/i18n';
import { live } from '../storage/live';
import { useLiveQuery } from '../ui/useLiveQuery';

export function SendAsField({ db }: { db: FollowthroughDb }) {
  const id = useId();
  const accounts = useLiveQuery(live(() => db.accounts.toArray()), [db]);
  const known = accounts.state === 'ready' ? accounts.value.filter((a) => (a.sendAs ?? []).length > 0) : [];
  const several = accounts.state === 'ready' && accounts.value.length > 1;
  return (
    <div class="setting" data-setting="sendAs" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <span id={`${id}-label`} class="label">
        {t('optionsSendAsLabel')}
      </span>
      {known.length === 0 ? (
        <div class="hint">{t('optionsSendAsNone')}</div>
      ) : (
        <ul class="addresses">
          {known.flatMap((account) =>
            (account.sendAs ?? []).map((address) => (
              <li key={`${account.email}/${address}`} data-address={address}>
                <span>{address}</span>
                {several && <span class="hint"> ({account.email})</span>}
                <button
                  type="button"
                  class="remove"
                  aria-label={t('optionsSendAsRemove', address)}
                  title={t('optionsSendAsRemove', address)}
                  onClick={() => void forgetSendAs(db, account.email, address)}
                >
                  ×
                </button>
              </li>
            )),
          )}
        </ul>
      )}
      <div id={`${id}-hint`} class="hint">
        {t('optionsSendAsHint')}
      </div>
    </div>
  );
}
