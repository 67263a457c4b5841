import { render } from 'preact';
import { log } from '../core/log';
import { send } from '../messaging/client';
import { localizeDocument } from '../ui/locale';
import { followThemeSetting } from '../ui/theme';
import { PopupApp } from './PopupApp';
import type { PopupStore } from './popupStore';
import { loadSnapshot, type PopupSnapshot } from './snapshot';

localizeDocument('extName');
followThemeSetting();
// Opening the popup wakes the engine: it re-arms an alarm the browser may have dropped and
// shows what came due meanwhile, so the list and the reminders agree.
send('data.changed', {}).catch((error: unknown) => log.error('waking the engine failed', error));

// The first rows come from the snapshot the background keeps, painted while the database code
// (Dexie, most of the popup's script) loads; then the live reads take over. A snapshot that
// arrives after the database code is not used: the live rows are on their way.
const app = document.getElementById('app')!;
let store: PopupStore | null = null;
let snapshot: PopupSnapshot | null = null;
const show = () => render(<PopupApp store={store} snapshot={snapshot} />, app);
void loadSnapshot().then((stored) => {
  if (store) return;
  snapshot = stored;
  show();
});
import('./popupStore').then(
  ({ openPopupStore }) => {
    store = openPopupStore();
    show();
  },
  (error: unknown) => log.error('loading the popup store failed', error),
);
