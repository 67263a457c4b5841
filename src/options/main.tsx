/** The options page. For now it states plainly what is stored and that nothing leaves the machine. */
import { render } from 'preact';
import { t } from '../ui/i18n';

function OptionsApp() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('privacyHeading')}</h2>
        <p>{t('privacyStored')}</p>
        <p>{t('privacyNetwork')}</p>
      </section>
    </main>
  );
}

render(<OptionsApp />, document.getElementById('app')!);
