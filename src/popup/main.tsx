import { render } from 'preact';
import { log } from '../core/log';
import { send } from '../messaging/client';
import { FollowthroughDb } from '../storage/db';
import { localizeDocument } from '../ui/locale';
import { followThemeSetting } from '../ui/theme';
import { PopupApp } from './PopupApp';

localizeDocument('extName');
followThemeSetting();
// Opening the popup wakes the engine: it re-arms an alarm the browser may have dropped and
// shows what came due meanwhile, so the list and the reminders agree.
send('data.changed', {}).catch((error: unknown) => log.error('waking the engine failed', error));
render(<PopupApp db={new FollowthroughDb()} />, document.getElementById('app')!);
