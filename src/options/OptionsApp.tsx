/** The options page: settings, your data, your results, and what is stored where. */
import type { FollowthroughDb } from '../storage/db';
import { t } from '../ui/i18n';
import { DataSection } from './DataSection';
import { PrivacySection } from './PrivacySection';
import { ResultsSection } from './ResultsSection';
import { SettingsSection } from './SettingsSection';

export function OptionsApp({ db }: { db: FollowthroughDb }) {
  return (
    <>
      <header class="top">
        <img src="/icons/icon-32.png" alt="" width={32} height={32} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <SettingsSection db={db} />
        <ResultsSection db={db} />
        <DataSection db={db} />
        <PrivacySection />
      </main>
    </>
  );
}
