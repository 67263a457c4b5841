import { render } from 'preact';
import { FollowthroughDb } from '../storage/db';
import { followThemeSetting } from '../ui/theme';
import { PopupApp } from './PopupApp';

followThemeSetting();
render(<PopupApp db={new FollowthroughDb()} />, document.getElementById('app')!);
