import { render } from 'preact';
import { FollowthroughDb } from '../storage/db';
import { followThemeSetting } from '../ui/theme';
import { OptionsApp } from './OptionsApp';

followThemeSetting();
render(<OptionsApp db={new FollowthroughDb()} />, document.getElementById('app')!);
