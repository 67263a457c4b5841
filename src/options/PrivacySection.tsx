/** States plainly what is stored and that nothing leaves the machine. */
import { t } from '../ui/i18n';

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy" data-section="privacy">
      <h2 id="privacy">{t('privacyHeading')}</h2>
      <p>{t('privacyStored')}</p>
      <p>{t('privacyNetwork')}</p>
    </section>
  );
}
