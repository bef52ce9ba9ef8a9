// Edits who a quote is attributed to (speakers and conduits) and the credibility of what it says.
// Mount it beside a selected quote; it loads what it needs and reports each saved edit.
import { useEffect, useState } from 'react';
import type { Source } from '../../../../shared/domain/schema';
import type { QuoteAttributions } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { AddAttributionForm } from './AddAttributionForm';
import { AttributionItem } from './AttributionItem';
import { CredibilitySelect } from './CredibilitySelect';
import './sources.css';
import { FormError } from '../../ui/FormError';

interface Props {
  quoteId: string;
  /** Called after every saved edit, so the caller can refresh its lists. */
  onChanged: () => void;
}

export function AttributionsEditor({ quoteId, onChanged }: Props) {
  const [data, setData] = useState<QuoteAttributions | null>(null);
  const [sources, setSources] = useState<Source[]>([]);
  const [error, setError] = useState<string | null>(null);

  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([call('attributions.list', { quoteId }), call('sources.list')]).then(
      ([attributions, list]) => {
        if (cancelled) return;
        if (attributions.ok) setData(attributions.value);
        if (list.ok) setSources(list.value);
        const failed = [attributions, list].find((r) => !r.ok);
        setError(failed && !failed.ok ? failed.error.message : null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [quoteId, version]);

  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };

  const current = data?.quote.id === quoteId ? data : null;
  return (
    <section className="attributions-editor" aria-label="Attributions">
      <h2>Attributions</h2>
      <FormError message={error} />
      {current && (
        <>
          <blockquote className="excerpt" aria-label="Quote">
            {current.quote.selector.quote.exact}
          </blockquote>
          <CredibilitySelect quote={current.quote} onSaved={changed} />
          <ul className="attribution-list" aria-label="Attributed to">
            {current.attributions.map(({ attribution, source }) => (
              <AttributionItem
                key={attribution.id}
                attribution={attribution}
                source={source}
                onChanged={changed}
              />
            ))}
          </ul>
          <AddAttributionForm quoteId={quoteId} sources={sources} onSaved={changed} />
        </>
      )}
    </section>
  );
}
