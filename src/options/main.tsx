import { render } from 'preact';
import { FollowthroughDb } from '../storage/db';
import { localizeDocument } from '../ui/locale';
import { followThemeSetting } from '../ui/theme';
import { OptionsApp } from './OptionsApp';

localizeDocument('optionsTitle');
followThemeSetting();
render(<OptionsApp db={new FollowthroughDb()} />, document.getElementById('app')!);
