// Edits a highlight: colour, note and tags (typed as names; new names join the codebook).
import { useState } from 'react';
import type { RefObject } from 'react';
import type { Annotation, HighlightColor, Tag } from '../../../../shared/domain/annotations';
import { HIGHLIGHT_COLORS } from '../../../../shared/domain/annotations';
import { call } from '../../api/client';

interface Props {
  annotation: Annotation;
  tags: readonly Tag[];
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onSaved: () => void;
  reportError: (message: string) => void;
}

export function HighlightEditor({ annotation, tags, noteRef, onSaved, reportError }: Props) {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [note, setNote] = useState(annotation.note);
  const [tagText, setTagText] = useState(
    annotation.tagIds.map((id) => names.get(id) ?? '').join(', '),
  );

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await call('annotations.update', {
      id: annotation.id,
      color,
      note,
      tags: tagText
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    });
    if (!result.ok) return reportError(result.error.message);
    onSaved();
  };

  return (
    <form className="form compact" onSubmit={save} aria-label="Edit highlight">
      <fieldset className="radio-row">
        <legend>Colour</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="color"
              value={c}
              checked={color === c}
              onChange={() => setColor(c)}
            />
            <span className={`swatch hl-${c}`} aria-hidden="true" /> {c}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">Note</span>
        <textarea ref={noteRef} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Tags</span>
        <input
          type="text"
          list="codebook-tags"
          value={tagText}
          onChange={(e) => setTagText(e.target.value)}
          placeholder="territorial, Kremlin talking point"
        />
        <datalist id="codebook-tags">
          {tags.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          Save highlight
        </button>
      </div>
    </form>
  );
}
