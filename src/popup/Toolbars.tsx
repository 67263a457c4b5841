/** Above the list: the title, then search and account filter or, while rows are selected, what to do with them. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Icon } from '../ui/icons';
import { t } from '../ui/i18n';
import type { PopupFilter } from './listQuery';
import type { PopupView } from './PopupApp';

/** The title, a way between the list and the history, and the settings. */
export function TitleBar({ view, onView }: { view: PopupView; onView(view: PopupView): void }) {
  const history = view === 'history';
  return (
    <header class="top">
      {history && (
        <button type="button" class="icon-button" data-action="list" aria-label={t('popupBackToList')} title={t('popupBackToList')} onClick={() => onView('list')}>
          <Icon name="back" />
        </button>
      )}
      <h1>{history ? t('popupHistory') : t('popupTitle')}</h1>
      {!history && (
        <button type="button" class="icon-button" data-action="history" aria-label={t('popupHistory')} title={t('popupHistoryHint')} onClick={() => onView('history')}>
          <Icon name="history" />
        </button>
      )}
      <a
        class="icon-button"
        href={browser.runtime.getURL('src/options/index.html')}
        target="_blank"
        aria-label={t('popupSettings')}
        title={t('popupSettings')}
      >
        <Icon name="settings" />
      </a>
    </header>
  );
}

export function FilterBar({ filter, accounts, onFilter }: { filter: PopupFilter; accounts: string[]; onFilter(filter: PopupFilter): void }) {
  const search = useRef<HTMLInputElement>(null);
  // "/" goes to the search field from anywhere but a text field, as in Gmail.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || (e.target as HTMLElement).closest('input, textarea, select')) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="toolbar" role="search">
      <label class="search">
        <Icon name="search" />
        <input
          ref={search}
          type="search"
          data-field="search"
          value={filter.search}
          aria-label={t('popupSearchLabel')}
          aria-keyshortcuts="/"
          placeholder={t('popupSearchPlaceholder')}
          title={t('popupWithShortcut', t('popupSearchLabel'), '/')}
          onInput={(e) => onFilter({ ...filter, search: e.currentTarget.value })}
        />
      </label>
      {accounts.length > 1 && (
        <select
          data-field="account"
          value={filter.account}
          aria-label={t('popupAccountLabel')}
          onChange={(e) => onFilter({ ...filter, account: e.currentTarget.value })}
        >
          <option value="">{t('popupAllAccounts')}</option>
          {accounts.map((account) => (
            <option key={account} value={account}>
              {account}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

export interface BulkBarProps {
  selected: number;
  shown: number;
  onSelectAll(all: boolean): void;
  /** "Snooze" or "Reschedule", as the selection calls for (moveVerb.ts). */
  moveLabel: string;
  onSnooze(): void;
  onDone(): void;
  /** The snooze panel, while open: it belongs to this bar. */
  children?: ComponentChildren;
}

export function BulkBar({ selected, shown, moveLabel, onSelectAll, onSnooze, onDone, children }: BulkBarProps) {
  const all = selected === shown;
  return (
    <div class="bulk-region" role="region" aria-label={t('popupBulkLabel')}>
      <div class="toolbar bulk">
        <input
          type="checkbox"
          data-field="select-all"
          checked={all}
          indeterminate={!all}
          aria-label={t('popupSelectAll')}
          title={t('popupSelectAll')}
          onChange={() => onSelectAll(!all)}
        />
        <span class="bulk-count">{t('popupSelectedCount', String(selected))}</span>
        <button type="button" class="button" data-bulk="snooze" onClick={onSnooze}>
          <Icon name="schedule" />
          {moveLabel}
        </button>
        <button type="button" class="button" data-bulk="done" onClick={onDone}>
          <Icon name="check" />
          {t('popupMarkDone')}
        </button>
        <button type="button" class="icon-button" data-bulk="clear" aria-label={t('popupClearSelection')} title={t('popupClearSelection')} onClick={() => onSelectAll(false)}>
          <Icon name="close" />
        </button>
      </div>
      {children}
    </div>
  );
}
