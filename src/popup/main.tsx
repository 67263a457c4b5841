import { render } from 'preact';
import { FollowthroughDb } from '../storage/db';
import { PopupApp } from './PopupApp';

render(<PopupApp db={new FollowthroughDb()} now={Date.now} />, document.getElementById('app')!);
