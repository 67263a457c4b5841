/**
 * Menu behaviour shared by our controls: open/close, a click outside closes
 * (events from a shadow root are retargeted, so the composed path decides),
 * arrow keys move between items, Escape closes and returns focus. Handled
 * keys stop here so Gmail's own shortcuts don't fire.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Fixed-position offsets of a menu, in CSS pixels. */
export type MenuPlacement = Partial<Record<'top' | 'bottom' | 'right', string>>;

/** Room a menu needs below its button before it opens upward instead. */
const MENU_ROOM = 420;

/**
 * The menu is placed against the viewport (position: fixed), so a compose
 * that clips its content (Gmail's does) cannot cut it off: below the button
 * when there is room, above it otherwise, right-aligned with it.
 */
function placeMenu(button: HTMLElement | null): MenuPlacement {
  if (!button) return {};
  const box = button.getBoundingClientRect();
  const right = Math.max(8, window.innerWidth - box.right);
  return window.innerHeight - box.bottom >= MENU_ROOM
    ? { top: `${box.bottom + 4}px`, right: `${right}px` }
    : { bottom: `${window.innerHeight - box.top + 4}px`, right: `${right}px` };
}

export function useMenu() {
  const [open, setOpenState] = useState(false);
  const [menuStyle, setMenuStyle] = useState<MenuPlacement>({});
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      if (rootRef.current && !event.composedPath().includes(rootRef.current)) setOpenState(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    rootRef.current?.querySelector<HTMLElement>('[role=menuitem], [role=menuitemradio]')?.focus();
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const setOpen = (value: boolean) => {
    if (value) setMenuStyle(placeMenu(buttonRef.current));
    setOpenState(value);
  };

  const close = () => {
    setOpenState(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Typing in Gmail must never trigger its shortcuts from inside our UI.
    event.stopPropagation();
    if (!open || !rootRef.current) return;
    const items = [...rootRef.current.querySelectorAll<HTMLElement>('[role=menuitem], [role=menuitemradio], input, select, textarea')];
    const focused = (rootRef.current.getRootNode() as Document | ShadowRoot).activeElement;
    const current = items.findIndex((item) => item === focused);
    const typing = focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !(typing && focused instanceof HTMLTextAreaElement)) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(current + step + items.length) % items.length]?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      close();
      event.preventDefault();
    }
  };

  return { open, setOpen, close, rootRef, buttonRef, onKeyDown, menuStyle };
}
