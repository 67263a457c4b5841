import { render } from 'preact';
import { log } from '../core/log';
import { send } from '../messaging/client';
import { localizeDocument } from '../ui/locale';
import { followThemeSetting } from '../ui/theme';
import { paintThenGoLive } from './firstPaint';
import { PopupApp } from './PopupApp';
import type { PopupStore } from './popupStore';
import { loadSnapshot, type PopupSnapshot } from './snapshot';

// Asked for before anything else: the first paint waits for it.
const firstRows = loadSnapshot();
localizeDocument('extName');
followThemeSetting();

// The first rows come from the snapshot the background keeps; the database's live rows take
// over once the live part has started (firstPaint.ts).
const app = document.getElementById('app')!;
let store: PopupStore | null = null;
let snapshot: PopupSnapshot | null = null;
const show = () => render(<PopupApp store={store} snapshot={snapshot} />, app);

function goLive() {
  // Opening the popup wakes the engine: it re-arms an alarm the browser may have dropped and
  // shows what came due meanwhile, so the list and the reminders agree.
  send('engine.wake', {}).catch((error: unknown) => log.error('waking the engine failed', error));
  import('./popupStore').then(
    ({ openPopupStore }) => {
      store = openPopupStore();
      show();
    },
    (error: unknown) => log.error('loading the popup store failed', error),
  );
}

void paintThenGoLive(
  firstRows,
  (stored) => {
    snapshot = stored;
    show();
  },
  goLive,
);
