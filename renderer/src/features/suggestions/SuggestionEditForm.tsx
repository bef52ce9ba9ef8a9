// Edit-then-accept for one suggestion: the kind, the cue, another speaker (an existing source or a
// new one, through the same picker as Mark quote) and, optionally, the words selected in the
// article instead of the suggested span. The service checks the span against the text.
import { useEffect, useRef, useState } from 'react';
import type { QuoteKind, Source, SourceKind } from '../../../../shared/domain/schema';
import type { Suggestion } from '../../../../shared/ipc/channels/suggestions';
import { QUOTE_KIND_LABELS, SOURCE_KIND_LABELS } from '../../ui/labels';
import { EnumOptions } from '../../ui/EnumOptions';
import type { SpeakerChoice } from '../quotes/SpeakerPicker';
import { SpeakerPicker } from '../quotes/SpeakerPicker';
import type { AcceptEdits } from './useSuggestions';

interface Props {
  suggestion: Suggestion;
  sources: readonly Source[];
  /** The words selected in the article, or null. */
  selection: () => { start: number; end: number } | null;
  onAccept: (edits: AcceptEdits) => void;
  onCancel: () => void;
}

export function SuggestionEditForm({ suggestion, sources, selection, onAccept, onCancel }: Props) {
  const [kind, setKind] = useState<QuoteKind>(suggestion.kind);
  const [cue, setCue] = useState(suggestion.cue?.text ?? '');
  const [speaker, setSpeaker] = useState<SpeakerChoice>(null);
  const [sourceKind, setSourceKind] = useState<SourceKind>('person');
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const keep = suggestion.source?.name ?? 'no one yet';
  // The whole form comes into view when it opens, down to its Accept button. In braces: Chromium's
  // scroll methods now return a promise, and an effect that returns one crashes React on unmount.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    void form.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const edits: AcceptEdits = { kind, cue };
    if (span) edits.position = span;
    if (speaker && 'sourceId' in speaker) edits.speaker = { sourceId: speaker.sourceId };
    else if (speaker) edits.speaker = { newSource: { kind: sourceKind, name: speaker.newName } };
    onAccept(edits);
  };

  const useSelection = () => {
    const picked = selection();
    if (!picked) return setNote('Select the words in the article first.');
    setSpan(picked);
    setNote(`Will mark the ${picked.end - picked.start} selected characters instead.`);
  };

  return (
    <form
      ref={form}
      className="form suggestion-edit"
      onSubmit={submit}
      aria-label="Edit the suggestion"
      // The queue's J/K/A/R keys stay out of the form's fields.
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label className="field">
        <span className="field-label">Kind</span>
        {/* The form takes the keyboard when it opens (E from the queue). */}
        <select autoFocus value={kind} onChange={(e) => setKind(e.target.value as QuoteKind)}>
          <EnumOptions labels={QUOTE_KIND_LABELS} />
        </select>
      </label>
      <label className="field">
        <span className="field-label">Cue</span>
        <input type="text" value={cue} onChange={(e) => setCue(e.target.value)} />
      </label>
      <div className="field">
        <span className="field-label">Speaker (empty keeps {keep})</span>
        <SpeakerPicker sources={sources} value={speaker} onChange={setSpeaker} />
      </div>
      {speaker && 'newName' in speaker && (
        <label className="field">
          <span className="field-label">Source kind</span>
          <select value={sourceKind} onChange={(e) => setSourceKind(e.target.value as SourceKind)}>
            <EnumOptions labels={SOURCE_KIND_LABELS} />
          </select>
        </label>
      )}
      <div className="actions">
        <button type="button" onClick={useSelection}>
          Use selected words
        </button>
      </div>
      {note && <p className="annotation-meta">{note}</p>}
      <div className="actions">
        <button type="submit" className="primary">
          Accept
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
