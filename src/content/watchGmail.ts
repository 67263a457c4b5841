/**
 * The content script's single observer of Gmail. Gmail renders in bursts of
 * many mutations; we coalesce them into one check per animation frame, which
 * runs before the next paint — so a control appears in the same frame as the
 * view it belongs to.
 */
export function watchGmail(onChange: () => void): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  };
  new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  window.addEventListener('hashchange', schedule);
  schedule();
}
