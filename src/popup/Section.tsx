/** One titled part of the list (Overdue, Today…); absent when it has no rows. */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../ui/i18n';

export function Section({ id, title, rows }: { id: string; title: MessageKey; rows: ComponentChildren[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={`section-${id}`} data-section={id}>
      <h2 id={`section-${id}`}>{t(title)}</h2>
      <ul>{rows}</ul>
    </section>
  );
}
