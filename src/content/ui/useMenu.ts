/**
 * Menu behaviour shared by our controls: open/close, a click outside closes
 * (events from a shadow root are retargeted, so the composed path decides),
 * arrow keys move between items, Escape closes and returns focus. Handled
 * keys stop here so Gmail's own shortcuts don't fire.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Fixed-position offsets and height limit of a menu, in CSS pixels. */
export type MenuPlacement = Partial<Record<'top' | 'bottom' | 'right' | 'maxHeight', string>>;

/** Room a menu needs below its button before it opens upward instead. */
const MENU_ROOM = 420;
/** The tallest a menu grows; beyond, it scrolls. */
const MENU_MAX = 520;
const GAP = 4;
/** Kept free at the viewport's edges. */
const EDGE = 8;

/**
 * The menu is placed against the viewport (position: fixed), so a compose
 * that clips its content (Gmail's does) cannot cut it off: below the button
 * when there is room, else on the side with more room, right-aligned with it.
 * It is never taller than that side's room, so at any zoom it stays on screen
 * and scrolls, and every item can be reached.
 */
export function placeMenu(button: HTMLElement | null): MenuPlacement {
  if (!button) return {};
  const box = button.getBoundingClientRect();
  const right = Math.max(EDGE, window.innerWidth - box.right);
  const below = window.innerHeight - box.bottom - GAP - EDGE;
  const above = box.top - GAP - EDGE;
  const down = below >= MENU_ROOM || below >= above;
  const maxHeight = `${Math.max(0, Math.min(MENU_MAX, down ? below : above))}px`;
  return down
    ? { top: `${box.bottom + GAP}px`, right: `${right}px`, maxHeight }
    : { bottom: `${window.innerHeight - box.top + GAP}px`, right: `${right}px`, maxHeight };
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
    // On the choice in force, as a native select opens; else on the first item.
    const items = rootRef.current?.querySelectorAll<HTMLElement>('[role=menuitem], [role=menuitemradio]');
    ([...(items ?? [])].find((item) => item.getAttribute('aria-checked') === 'true') ?? items?.[0])?.focus();
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
