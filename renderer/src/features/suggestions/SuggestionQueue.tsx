// The review queue of quote suggestions, in text order: each shows the quote, its kind, cue,
// speaker, the source it maps to and why. Keyboard-first while the list has focus: J/K move,
// A accepts, E edits, R rejects, Shift+A accepts all from the current speaker. Also draws the
// suggestions' outlines in the article.
import { useEffect, useRef, useState } from 'react';
import type { Source } from '../../../../shared/domain/schema';
import type { Suggestion } from '../../../../shared/ipc/channels/suggestions';
import { QUOTE_KIND_LABELS } from '../../ui/labels';
import { SuggestionEditForm } from './SuggestionEditForm';
import type { SuggestionReview } from './useSuggestions';
import { useSuggestionOutlines } from './useSuggestionOutlines';
import './suggestions.css';

interface Props {
  review: SuggestionReview;
  sources: readonly Source[];
  /** The words selected in the article, for edit-then-accept. */
  selection: () => { start: number; end: number } | null;
  /** The article element, for the outlines; must be stable across renders. */
  article: () => HTMLElement | null;
}

/** The speaker's name as the queue groups it: the registry's, else the article's. */
export function speakerOf(s: Suggestion): string | null {
  return s.source?.name ?? s.speaker?.name ?? null;
}

function sourceLabel(s: Suggestion): string {
  if (!s.source) return 'no source: choose one with Edit';
  return s.source.kind === 'existing' ? `${s.source.name} (in sources)` : `new: ${s.source.name}`;
}

function speakerLabel(s: Suggestion): string {
  if (!s.speaker) return 'not found';
  const name = s.speaker.name;
  return name && name !== s.speaker.text ? `“${s.speaker.text}” → ${name}` : `“${s.speaker.text}”`;
}

/** The first element under `root` whose `attribute` is `key` (keys hold ':' and '-'). */
function withKey(root: Element | null, attribute: string, key: string): Element | null {
  if (!root) return null;
  for (const el of root.querySelectorAll(`[${attribute}]`)) {
    if (el.getAttribute(attribute) === key) return el;
  }
  return null;
}

export function SuggestionQueue({ review, sources, selection, article }: Props) {
  const { items, current, setCurrent } = review;
  const list = useRef<HTMLOListElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  useSuggestionOutlines(article, items, current);

  // The queue takes the keyboard when it opens, so J/K/A/R work at once.
  const open = items !== null;
  useEffect(() => {
    if (open) list.current?.focus({ preventScroll: true });
  }, [open]);

  // The current suggestion is shown in the list and in the article.
  useEffect(() => {
    if (!current) return;
    withKey(list.current, 'data-key', current)?.scrollIntoView?.({ block: 'nearest' });
    withKey(article(), 'data-suggestion-key', current)?.scrollIntoView?.({ block: 'center' });
  }, [current, article]);

  if (!items) return null;
  const index = items.findIndex((s) => s.key === current);
  const counts = new Map<string, number>();
  for (const s of items) {
    const name = speakerOf(s);
    if (name && s.source) counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || editing) return;
    const s = items[index];
    const move = (by: number) => {
      const next = items[Math.min(items.length - 1, Math.max(0, index + by))];
      if (next) setCurrent(next.key);
    };
    const key = event.key.toLowerCase();
    const act: Record<string, () => void> = {
      j: () => move(1),
      arrowdown: () => move(1),
      k: () => move(-1),
      arrowup: () => move(-1),
      home: () => move(-items.length),
      end: () => move(items.length),
      a: () => {
        const name = s && speakerOf(s);
        if (s && event.shiftKey && name) void review.acceptAll(name);
        else if (s) void review.accept(s.key);
      },
      r: () => s && void review.reject(s.key),
      e: () => s && setEditing(s.key),
      escape: () => review.close(),
    };
    const run = act[key];
    if (!run) return;
    // The queue owns these keys while it has focus: not the article's or a tag's shortcut.
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  return (
    <section className="suggestion-queue" aria-label="Suggested quotes">
      <header className="suggestion-queue-head">
        <h3>
          Suggested quotes ({items.length}){review.loading ? ' …' : ''}
        </h3>
        <button type="button" onClick={review.close}>
          Close
        </button>
      </header>
      <p className="annotation-meta">
        J/K move · A accept · E edit · R reject · Shift+A all from the speaker
        {review.rejected > 0 ? ` · ${review.rejected} rejected earlier, not shown` : ''}
      </p>
      {items.length === 0 && <p className="empty">No more suggestions for this article.</p>}
      <ol
        ref={list}
        tabIndex={0}
        aria-label="Suggestions (J/K move, A accept, R reject)"
        onKeyDown={onKeyDown}
      >
        {items.map((s) => {
          const name = speakerOf(s);
          const many = name ? (counts.get(name) ?? 0) : 0;
          return (
            <li
              key={s.key}
              data-key={s.key}
              aria-current={s.key === current ? 'true' : undefined}
              className={s.key === current ? 'suggestion current' : 'suggestion'}
              onClick={() => setCurrent(s.key)}
            >
              <p className="suggestion-text">“{s.content.text}”</p>
              <dl className="suggestion-facts">
                <dt>Kind</dt>
                <dd>{QUOTE_KIND_LABELS[s.kind]}</dd>
                <dt>Cue</dt>
                <dd>{s.cue ? `“${s.cue.text}”` : 'none found'}</dd>
                <dt>Speaker</dt>
                <dd>{speakerLabel(s)}</dd>
                <dt>Source</dt>
                <dd>{sourceLabel(s)}</dd>
                <dt>Why</dt>
                <dd>
                  {s.reason} ({Math.round(s.confidence * 100)}%)
                </dd>
              </dl>
              {editing === s.key ? (
                <SuggestionEditForm
                  suggestion={s}
                  sources={sources}
                  selection={selection}
                  onCancel={() => {
                    setEditing(null);
                    list.current?.focus();
                  }}
                  onAccept={(edits) =>
                    void review.accept(s.key, edits).then((done) => {
                      if (!done) return;
                      setEditing(null);
                      list.current?.focus();
                    })
                  }
                />
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => void review.accept(s.key)}
                  >
                    Accept
                  </button>
                  <button type="button" onClick={() => setEditing(s.key)}>
                    Edit…
                  </button>
                  <button type="button" onClick={() => void review.reject(s.key)}>
                    Reject
                  </button>
                  {name && many > 1 && (
                    <button type="button" onClick={() => void review.acceptAll(name)}>
                      Accept all {many} from {name}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
