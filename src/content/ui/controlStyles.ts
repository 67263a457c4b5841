/**
 * Styles for our controls inside Gmail, matched to Gmail's 2023+ Material 3
 * look: pill buttons in Google Sans 14px, #444746 text on a #747775 outline,
 * menus with a soft two-layer shadow and 8px corners.
 */
export const controlStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.ft { position: relative; display: inline-flex; align-items: center; font: 500 14px/20px "Google Sans", Roboto, Arial, sans-serif; }
.ft-button {
  display: inline-flex; align-items: center; gap: 6px; height: 32px; padding: 0 14px 0 10px;
  border: 1px solid #747775; border-radius: 16px; background: transparent; color: #444746;
  font: inherit; cursor: pointer; white-space: nowrap; max-width: 360px;
}
.ft-button:hover { background: rgba(68, 71, 70, 0.08); }
.ft-button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.ft-button[data-state=tracked] { border-color: #a8c7fa; background: #d3e3fd; color: #041e49; }
.ft-button[data-state=tracked]:hover { background: #c2d7fb; }
.ft-button[data-state=replied] { border-color: #6dd58c; background: #c4eed0; color: #072711; }
.ft-button[data-state=replied]:hover { background: #b1e6bf; }
.ft-button svg { flex: none; width: 18px; height: 18px; fill: currentColor; }
.ft-label { overflow: hidden; text-overflow: ellipsis; }
.ft-menu {
  position: fixed; z-index: 2000; box-sizing: border-box; min-width: min(300px, calc(100vw - 16px));
  max-width: calc(100vw - 16px); padding: 8px 0; overflow-y: auto; overscroll-behavior: contain;
  background: #fff; border-radius: 8px; color: #1f1f1f;
  box-shadow: 0 1px 2px 0 rgba(60, 64, 67, 0.3), 0 2px 6px 2px rgba(60, 64, 67, 0.15);
}
.ft-evidence { padding: 4px 16px 8px; font: 400 12px/16px Roboto, Arial, sans-serif; color: #444746; max-width: 340px; }
.ft-menu-heading { padding: 4px 16px 6px; font: 400 12px/16px Roboto, Arial, sans-serif; color: #444746; }
.ft-item {
  display: flex; justify-content: space-between; gap: 24px; width: 100%; height: 32px; padding: 0 16px;
  align-items: center; border: 0; background: none; color: inherit; font: 400 14px/20px Roboto, Arial, sans-serif;
  text-align: left; cursor: pointer;
}
.ft-item:hover, .ft-item:focus-visible { background: #f2f2f2; outline: none; }
.ft-preview { color: #5e5e5e; font-size: 12px; }
.ft-two-line { flex-direction: column; align-items: flex-start; gap: 0; height: auto; padding-top: 6px; padding-bottom: 6px; }
.ft-explain { max-width: 300px; color: #5e5e5e; font-size: 12px; line-height: 16px; white-space: normal; }
.ft-conflict .ft-hint { padding-bottom: 4px; overflow-wrap: anywhere; max-height: 96px; overflow-y: auto; }
.ft-separator { height: 1px; margin: 8px 0; background: #e3e3e3; }
.ft-item[role=menuitemradio] { position: relative; padding-left: 36px; }
.ft-item[aria-checked=true] { font-weight: 500; }
.ft-item[aria-checked=true]::before { content: "✓"; position: absolute; left: 14px; }
.ft-check { justify-content: flex-start; }
.ft-field { padding: 4px 16px; }
.ft-input {
  width: 100%; height: 32px; padding: 0 8px; border: 1px solid #c4c7c5; border-radius: 4px; background: #fff;
  color: #1f1f1f; font: 400 14px/20px Roboto, Arial, sans-serif;
}
.ft-input:focus { outline: 2px solid #0b57d0; outline-offset: -1px; border-color: transparent; }
textarea.ft-input { height: auto; padding: 6px 8px; resize: vertical; }
.ft-hint { min-height: 16px; padding-top: 2px; color: #444746; font: 400 12px/16px Roboto, Arial, sans-serif; }
.ft-hint-error { color: #b3261e; }
.ft-save { padding: 0; height: 28px; color: #0b57d0; font-weight: 500; }
.ft-save:disabled { color: #8e918f; cursor: default; }
.ft-note-dot { width: 6px; height: 6px; border-radius: 50%; background: currentColor; }
.ft-banner {
  display: flex; align-items: center; gap: 12px; box-sizing: border-box; width: 100%; margin: 0 0 12px; padding: 10px 16px;
  border-radius: 12px; background: #fce8e6; color: #410e0b; font: 400 14px/20px "Google Sans", Roboto, Arial, sans-serif;
}
.ft-banner svg { flex: none; width: 20px; height: 20px; fill: #b3261e; }
.ft-banner-text { flex: 1; }
.ft-banner-action {
  height: 32px; padding: 0 16px; border: 0; border-radius: 16px; background: #b3261e; color: #fff;
  font: 500 14px/20px "Google Sans", Roboto, Arial, sans-serif; cursor: pointer;
}
.ft-banner-action:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
/* A proposed date: Gmail's informational blue, not the due banner's red. */
.ft-banner-proposal { background: #d3e3fd; color: #041e49; }
.ft-banner-proposal svg { fill: #0b57d0; }
.ft-banner-proposal .ft-banner-action { background: #0b57d0; }
.ft-proposal-quote { font-style: italic; }
.ft-banner-dismiss {
  display: inline-flex; align-items: center; justify-content: center; width: 32px; height: 32px; padding: 0;
  border: 0; border-radius: 50%; background: none; cursor: pointer;
}
.ft-banner-dismiss:hover { background: rgba(4, 30, 73, 0.08); }
.ft-banner-dismiss:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.ft-error { margin-left: 8px; color: #b3261e; font: 400 12px/16px Roboto, Arial, sans-serif; }

/* Gmail's dark themes (see shadowMount: the surface decides). */
:host([data-theme=dark]) .ft-button { border-color: #8e918f; color: #e3e3e3; }
:host([data-theme=dark]) .ft-button:hover { background: rgba(227, 227, 227, 0.08); }
:host([data-theme=dark]) .ft-button[data-state=tracked] { border-color: #0842a0; background: #0842a0; color: #d3e3fd; }
:host([data-theme=dark]) .ft-button[data-state=replied] { border-color: #0f5223; background: #0f5223; color: #c4eed0; }
:host([data-theme=dark]) .ft-menu { background: #2d2e30; color: #e3e3e3; box-shadow: 0 2px 6px 2px rgba(0, 0, 0, 0.45); }
:host([data-theme=dark]) .ft-item:hover, :host([data-theme=dark]) .ft-item:focus-visible { background: #3c3d40; }
:host([data-theme=dark]) .ft-preview, :host([data-theme=dark]) .ft-explain, :host([data-theme=dark]) .ft-menu-heading, :host([data-theme=dark]) .ft-evidence, :host([data-theme=dark]) .ft-hint { color: #c4c7c5; }
:host([data-theme=dark]) .ft-hint-error, :host([data-theme=dark]) .ft-error { color: #f2b8b5; }
:host([data-theme=dark]) .ft-input { border-color: #5f6368; background: #1f1f1f; color: #e3e3e3; color-scheme: dark; }
:host([data-theme=dark]) .ft-separator { background: #444746; }
:host([data-theme=dark]) .ft-save { color: #a8c7fa; }
:host([data-theme=dark]) .ft-banner { background: #601410; color: #f9dedc; }
:host([data-theme=dark]) .ft-banner svg { fill: #f2b8b5; }
:host([data-theme=dark]) .ft-banner-proposal { background: #0842a0; color: #d3e3fd; }
:host([data-theme=dark]) .ft-banner-proposal svg { fill: #a8c7fa; }
:host([data-theme=dark]) .ft-banner-proposal .ft-banner-action { background: #a8c7fa; color: #062e6f; }
`;
