/**
 * The popup: what to follow up on, by when — overdue, today, upcoming — and
 * the replies that came in. It reads the database directly and live, so it
 * updates while open; every change goes through the background.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isActive, type FollowUp } from '../core/followUp';
import { stepByHand } from '../core/plans';
import { formatDueDate } from '../core/format';
import { log } from '../core/log';
import { t, tCount } from '../ui/i18n';
import { stepText } from '../ui/planText';
import { messagesLocale } from '../ui/locale';
import { constantRead, useLiveQuery, type LiveResult } from '../ui/useLiveQuery';
import { useNow } from '../ui/useNow';
import { useSettings } from '../ui/useSettings';
import { deleteOne, followUpNow, markAllDone, markStepDone, moveAll, openThread, saveNote, undoAll } from './actions';
import { EndedRow } from './EndedRow';
import { dueByMail, FollowUpRow, subjectOf } from './FollowUpRow';
import { onListKey, ROW } from './listKeys';
import { MOVE_LABEL, MOVE_MANY, MOVE_ONE, moveVerb } from './moveVerb';
import { NotePanel } from './NotePanel';
import { NoticeBar, useNotice, type Notice } from './Notice';
import { NO_FILTER, PAGE_SIZE, type HistoryPage, type PopupFilter } from './listQuery';
import type { PopupStore } from './popupStore';
import { Section } from './Section';
import type { PopupSnapshot } from './snapshot';
import { bySection } from './sections';
import type { RowAction } from './shortcuts';
import { BulkBar, FilterBar, TitleBar } from './Toolbars';
import { undoNotice } from './undoNotice';
import { useOnlyHere } from './useOnlyHere';
import { WhenPanel } from './WhenPanel';

/** A panel open under one row, or under the bulk bar. */
type Panel = { target: string; kind: 'when' | 'note' };
const BULK = 'bulk';
/** The list of what is under way, or the history of what ended. */
export type PopupView = 'list' | 'history';

const NO_HISTORY = constantRead<HistoryPage>({ rows: [], more: false });
const NO_NOTES = constantRead([]);
const ready = <T,>(value: T): LiveResult<T> => ({ state: 'ready', value });

/**
 * `store` is null until the database code has loaded (main.tsx); until then the list shows
 * `snapshot`, the first rows as the background last stored them, when there is one.
 */
export function PopupApp({ store, snapshot }: { store: PopupStore | null; snapshot: PopupSnapshot | null }) {
  const now = useNow();
  const settings = useSettings();
  const onlyHere = useOnlyHere(settings?.syncFollowUps);
  const locale = messagesLocale();
  const [filter, setFilter] = useState<PopupFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [view, setView] = useState<PopupView>('list');
  const active = useLiveQuery(store?.activePage(filter, limit) ?? null, [store, filter, limit], snapshot ? ready(snapshot.active) : undefined);
  const replied = useLiveQuery(store?.recentReplies(filter) ?? null, [store, filter], snapshot ? ready(snapshot.replied) : undefined);
  // Read only while shown: the list's first paint must not wait on it.
  const history = useLiveQuery(view === 'history' ? (store?.historyPage(filter, limit) ?? null) : NO_HISTORY, [store, view, filter, limit]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [panel, setPanel] = useState<Panel | null>(null);
  // The thread's earlier notes, read while its note is being edited, kept current as notes change.
  const noteTarget = panel?.kind === 'note' ? panel.target : undefined;
  const noteHistory = useLiveQuery(noteTarget ? (store?.threadNotes(noteTarget) ?? null) : NO_NOTES, [store, noteTarget]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [notice, setNotice] = useNotice();
  const list = useRef<HTMLElement>(null);

  // Rows first paint without their buttons, which show only on hover or focus:
  // they are most of a row's elements, and nobody can see them in that first frame.
  const [withActions, setWithActions] = useState(false);
  useEffect(() => {
    if (active.state === 'ready') setWithActions(true);
  }, [active.state]);

  const rows = active.state === 'ready' ? active.value.rows : [];
  const repliedRows = replied.state === 'ready' ? replied.value : [];
  const historyRows = history.state === 'ready' ? history.value.rows : [];
  const accounts = active.state === 'ready' ? active.value.accounts : [];
  const shown = view === 'history' ? historyRows : [...rows, ...repliedRows];
  const current = shown.some((f) => f.id === currentId) ? currentId : (shown[0]?.id ?? null);
  const selectedRows = rows.filter((f) => selected.has(f.id));

  const perform = async (work: () => Promise<Notice | null>) => {
    try {
      setNotice(await work());
    } catch (error) {
      log.error('popup action failed', error);
      setNotice({ kind: 'failed', text: t('popupActionFailed') });
    }
  };
  const focusRow = (id: string) => list.current?.querySelector<HTMLElement>(`${ROW}[data-follow-up-id="${id}"]`)?.focus();
  const closePanel = () => {
    const target = panel?.target;
    setPanel(null);
    if (target && target !== BULK) focusRow(target);
  };
  const done = (followUps: FollowUp[]) =>
    perform(async () => {
      const undo = await markAllDone(followUps);
      setSelected(new Set());
      const text = followUps.length === 1 ? t('popupMarkedDone') : t('popupMarkedDoneMany', String(followUps.length));
      return { kind: 'done', text, undo };
    });
  const stepDone = (followUp: FollowUp) =>
    perform(async () => {
      const after = await markStepDone(followUp.id);
      const text = isActive(after) && after.plan ? t('popupStepMarkedDone', stepText(after.plan), formatDueDate(after.dueAt)) : t('popupLastStepMarkedDone');
      return { kind: 'done', text };
    });
  const snooze = (followUps: FollowUp[], dueAt: number) =>
    perform(async () => {
      setPanel(null);
      const undo = await moveAll(followUps, dueAt);
      setSelected(new Set());
      return { kind: 'done', text: t('popupSnoozedUntil', formatDueDate(dueAt)), undo };
    });

  const act = (followUp: FollowUp, action: RowAction) => {
    switch (action) {
      case 'open':
        return perform(async () => {
          await openThread(followUp.id);
          return null;
        });
      case 'reply':
        if (!dueByMail(followUp)) return;
        return perform(async () => {
          await followUpNow(followUp.id);
          return null;
        });
      case 'snooze':
        return setPanel({ target: followUp.id, kind: 'when' });
      case 'note':
        return setPanel({ target: followUp.id, kind: 'note' });
      case 'done':
        return stepByHand(followUp.plan) ? stepDone(followUp) : done([followUp]);
      case 'delete':
        return perform(async () => ({ kind: 'done', text: t('popupDeleted'), undo: [await deleteOne(followUp.id)] }));
      case 'select': {
        const next = new Set(selected);
        if (!next.delete(followUp.id)) next.add(followUp.id);
        return setSelected(next);
      }
    }
  };

  const rowFor = (followUp: FollowUp) => (
    <FollowUpRow
      key={followUp.id}
      followUp={followUp}
      now={now}
      locale={locale}
      showAccount={accounts.length > 1}
      current={followUp.id === current}
      withActions={withActions}
      selected={selected.has(followUp.id)}
      onlyHere={onlyHere.has(followUp.id)}
      act={(action) => act(followUp, action)}
    >
      {panel?.target === followUp.id && panel.kind === 'when' && (
        <WhenPanel
          title={t(MOVE_ONE[moveVerb([followUp])], subjectOf(followUp))}
          applyLabel={t(MOVE_LABEL[moveVerb([followUp])])}
          now={now}
          settings={settings}
          onPick={(dueAt) => snooze([followUp], dueAt)}
          onClose={closePanel}
        />
      )}
      {panel?.target === followUp.id && panel.kind === 'note' && (
        <NotePanel
          title={t('popupNoteFor', subjectOf(followUp))}
          note={followUp.note}
          history={noteHistory.state === 'ready' ? noteHistory.value : []}
          followUpId={followUp.id}
          onClose={closePanel}
          onSave={(note, previous) =>
            perform(async () => {
              await saveNote(followUp.id, note, previous);
              closePanel();
              return { kind: 'done', text: t('popupNoteSaved') };
            })
          }
        />
      )}
    </FollowUpRow>
  );

  const endedRowFor = (followUp: FollowUp) => (
    <EndedRow
      key={followUp.id}
      followUp={followUp}
      now={now}
      settings={settings}
      showAccount={accounts.length > 1}
      current={followUp.id === current}
      act={(action) => act(followUp, action)}
      perform={perform}
    />
  );
  const changeView = (next: PopupView) => {
    setView(next);
    setLimit(PAGE_SIZE);
    setSelected(new Set());
    setPanel(null);
  };

  const sections = bySection(rows, now);
  const nothingStored = active.state === 'ready' && accounts.length === 0;
  const filtered = filter.search.trim() !== '' || filter.account !== '';

  return (
    <>
      <TitleBar view={view} onView={changeView} />
      {!nothingStored &&
        (selectedRows.length > 0 ? (
          <BulkBar
            selected={selectedRows.length}
            shown={rows.length}
            onSelectAll={(all) => setSelected(new Set(all ? rows.map((f) => f.id) : []))}
            moveLabel={t(MOVE_LABEL[moveVerb(selectedRows)])}
            onSnooze={() => setPanel({ target: BULK, kind: 'when' })}
            onDone={() => done(selectedRows)}
          >
            {panel?.target === BULK && (
              <WhenPanel
                title={tCount(MOVE_MANY[moveVerb(selectedRows)], selectedRows.length, String(selectedRows.length))}
                applyLabel={t(MOVE_LABEL[moveVerb(selectedRows)])}
                now={now}
                settings={settings}
                onPick={(dueAt) => snooze(selectedRows, dueAt)}
                onClose={closePanel}
              />
            )}
          </BulkBar>
        ) : (
          <FilterBar
            filter={filter}
            accounts={accounts}
            onFilter={(next) => {
              setFilter(next);
              setLimit(PAGE_SIZE);
            }}
          />
        ))}
      <main
        ref={list}
        onKeyDown={(e) => {
          onListKey(e, e.currentTarget, (id, action) => {
            const followUp = shown.find((f) => f.id === id);
            if (followUp) void act(followUp, action);
          });
        }}
        onFocusIn={(e) => {
          // The row the keyboard is in becomes the list's tab stop.
          const id = (e.target as HTMLElement).closest<HTMLElement>(ROW)?.dataset.followUpId;
          if (id) setCurrentId(id);
        }}
      >
        {active.state === 'failed' && (
          <p class="empty" role="alert">
            {t('popupLoadFailed')}
          </p>
        )}
        {nothingStored && (
          <p class="empty">
            <strong>{t('popupEmpty')}</strong>
            {t('popupEmptyHint')}
          </p>
        )}
        {view === 'history' ? (
          <>
            {history.state === 'ready' && historyRows.length === 0 && (
              <p class="empty">{filtered ? t('popupNoMatch') : t('popupHistoryEmpty')}</p>
            )}
            <Section id="history" title="popupHistorySection" rows={historyRows.map(endedRowFor)} />
            {history.state === 'ready' && history.value.more && (
              <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
                {t('popupShowMore')}
              </button>
            )}
          </>
        ) : (
          <>
        {active.state === 'ready' && !nothingStored && shown.length === 0 && (
          <p class="empty">{filtered ? t('popupNoMatch') : t('popupAllCaughtUp')}</p>
        )}
        <Section id="waiting-on-me" title="popupSectionWaitingOnMe" rows={sections.waitingOnMe.map(rowFor)} />
        <Section id="overdue" title="popupSectionOverdue" rows={sections.overdue.map(rowFor)} />
        <Section id="today" title="popupSectionToday" rows={sections.today.map(rowFor)} />
        <Section id="upcoming" title="popupSectionUpcoming" rows={sections.upcoming.map(rowFor)} />
        {active.state === 'ready' && active.value.more && (
          <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('popupShowMore')}
          </button>
        )}
        <Section id="replied" title="popupSectionReplied" rows={repliedRows.map(endedRowFor)} />
          </>
        )}
        <NoticeBar
          notice={notice}
          onDismiss={() => setNotice(null)}
          onUndo={(undos) => perform(async () => undoNotice(await undoAll(undos)))}
        />
      </main>
    </>
  );
}
