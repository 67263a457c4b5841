/**
 * The "Follow up" control: a pill button that opens a menu of choices, or,
 * on a thread already tracked, shows when it comes due and offers to change,
 * complete or cancel it. It knows nothing of storage: the caller passes the
 * follow-up and the actions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isActive, type FollowUp } from '../../core/followUp';
import { dueAtForPreset, PRESETS, type Preset } from '../../core/dueDate';
import { formatDueDate, formatEvidenceDate } from '../../core/format';
import { t, type MessageKey } from '../../ui/i18n';

const PRESET_LABELS: Record<Preset, MessageKey> = {
  tomorrow: 'presetTomorrow',
  'in-3-days': 'presetIn3Days',
  'in-1-week': 'presetIn1Week',
  'in-2-weeks': 'presetIn2Weeks',
};

type ControlState = 'tracked' | 'replied' | 'untracked';
const TOOLTIPS: Record<ControlState, MessageKey> = {
  tracked: 'trackedTooltip',
  replied: 'repliedTooltip',
  untracked: 'followUpTooltip',
};
const HEADINGS: Record<ControlState, MessageKey> = {
  tracked: 'changeHeading',
  replied: 'againHeading',
  untracked: 'newHeading',
};

export interface FollowUpControlProps {
  followUp: FollowUp | null;
  error: string | null;
  now: () => number;
  onChoose(dueAt: number): void;
  onEnd(status: 'done' | 'cancelled'): void;
}

export function FollowUpControl({ followUp, error, now, onChoose, onEnd }: FollowUpControlProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tracked = followUp && isActive(followUp) ? followUp : null;
  const evidence = followUp?.status === 'replied' ? followUp.replyCheck?.evidence : undefined;
  const state: ControlState = tracked ? 'tracked' : evidence ? 'replied' : 'untracked';

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  useMenuDismissal(open, rootRef, () => setOpen(false));

  const label = tracked
    ? t(
        'trackedLabel',
        formatDueDate(tracked.dueAt),
        t(tracked.condition === 'always' ? 'conditionAlways' : 'conditionIfNoReply'),
      )
    : evidence
      ? t('repliedLabel', evidence.by.name || evidence.by.email, formatEvidenceDate(evidence.dateText, now()))
      : t('followUpButton');


  const item = (key: string, text: MessageKey, action: () => void, preview?: string) => (
    <button
      key={key}
      type="button"
      role="menuitem"
      class="ft-item"
      data-action={key}
      onClick={() => {
        close();
        action();
      }}
    >
      <span>{t(text)}</span>
      {preview && <span class="ft-preview">{preview}</span>}
    </button>
  );

  return (
    <span class="ft" ref={rootRef} onKeyDown={(e) => open && onMenuKey(e, rootRef.current, close)}>
      <button
        ref={buttonRef}
        type="button"
        class="ft-button"
        data-state={state}
        aria-haspopup="menu"
        aria-expanded={open}
        title={t(TOOLTIPS[state])}
        onClick={() => setOpen(!open)}
      >
        {state === 'replied' ? <CheckIcon /> : <ClockIcon />}
        <span class="ft-label">{label}</span>
      </button>
      {open && (
        <div class="ft-menu" role="menu" aria-label={t('followUpMenuLabel')}>
          <div class="ft-menu-heading">{t(HEADINGS[state])}</div>
          {PRESETS.map((preset) => {
            const dueAt = dueAtForPreset(preset, now());
            return item(preset, PRESET_LABELS[preset], () => onChoose(dueAt), formatDueDate(dueAt));
          })}
          {tracked && [
            <div key="separator" class="ft-separator" role="separator" />,
            item('done', 'markDone', () => onEnd('done')),
            item('cancel', 'cancelFollowUp', () => onEnd('cancelled')),
          ]}
        </div>
      )}
      {error && (
        <span class="ft-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** Closes the menu on a click outside it. Events from a shadow root are retargeted, so test the composed path. */
function useMenuDismissal(open: boolean, rootRef: { current: HTMLElement | null }, close: () => void) {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      if (rootRef.current && !event.composedPath().includes(rootRef.current)) close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    // Focus the first item so arrow keys work at once.
    rootRef.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);
}

/** Arrow keys move between items, Escape closes. Handled keys stop here so Gmail's shortcuts don't fire. */
function onMenuKey(event: KeyboardEvent, root: HTMLElement | null, close: () => void) {
  if (!root) return;
  const items = [...root.querySelectorAll<HTMLElement>('[role=menuitem]')];
  const focused = (root.getRootNode() as Document | ShadowRoot).activeElement;
  const current = items.findIndex((item) => item === focused);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const step = event.key === 'ArrowDown' ? 1 : -1;
    items[(current + step + items.length) % items.length]?.focus();
  } else if (event.key === 'Escape') {
    close();
  } else {
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

function ClockIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7V7z" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z" />
    </svg>
  );
}
