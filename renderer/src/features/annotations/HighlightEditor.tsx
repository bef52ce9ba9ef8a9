// Edits a highlight: colour, note and tags (typed as names; new names join the codebook).
import { useState } from 'react';
import type { RefObject } from 'react';
import type { Annotation, HighlightColor, Tag } from '../../../../shared/domain/annotations';
import { HIGHLIGHT_COLORS } from '../../../../shared/domain/choices';
import { call } from '../../api/client';
import { TagsInput, parseTagNames, tagText } from '../../ui/TagsInput';

interface Props {
  annotation: Annotation;
  tags: readonly Tag[];
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onSaved: () => void;
  reportError: (message: string) => void;
}

export function HighlightEditor({ annotation, tags, noteRef, onSaved, reportError }: Props) {
  const [color, setColor] = useState<HighlightColor>(annotation.color);
  const [note, setNote] = useState(annotation.note);
  const [tagField, setTagField] = useState(tagText(annotation.tagIds, tags));

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await call('annotations.update', {
      id: annotation.id,
      color,
      note,
      tags: parseTagNames(tagField),
    });
    if (!result.ok) return reportError(result.error.message);
    onSaved();
  };

  return (
    <form className="form compact" onSubmit={save} aria-label="Edit highlight">
      {/* Highlights brought in from Hypothesis or another tool keep who wrote them. */}
      {annotation.author && <p className="annotation-meta">By {annotation.author}</p>}
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
      <TagsInput tags={tags} value={tagField} onChange={setTagField} />
      <div className="actions">
        <button type="submit" className="primary">
          Save highlight
        </button>
      </div>
    </form>
  );
}
