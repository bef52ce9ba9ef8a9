// The fields a tag is made of (name, description, colour, parent, shortcut), shared by the
// new-tag form and the edit form so both read and check the same way.
import { useId } from 'react';
import type { TagWithUsage } from '../../../../shared/ipc/contract';
import type { TagTreeRow } from './tag-tree';

/** Form state of a tag: '' means "top level" for parentId and "none" for shortcut. */
export interface TagFieldValues {
  name: string;
  description: string;
  color: string;
  parentId: string;
  shortcut: string;
}

interface Props {
  values: TagFieldValues;
  onChange: (patch: Partial<TagFieldValues>) => void;
  /** The tags it may go under, in tree order (the caller leaves out itself and its subtree). */
  parentChoices: readonly TagTreeRow<TagWithUsage>[];
  /** Said under the colour field, e.g. that a colour is picked when none is chosen. */
  colorHint?: string;
  /** Put the cursor in the name field on mount (a form the analyst just opened). */
  autoFocusName?: boolean;
}

/** A name indented by depth: <option> text cannot be styled, so spaces show the nesting. */
export function indented(row: TagTreeRow<TagWithUsage>): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.tag.name}`;
}

/** The key a shortcut field keeps from what was typed or pasted: the last character, so
 * typing a new key replaces the old one without deleting it first. */
export function lastKey(typed: string): string {
  return Array.from(typed).at(-1) ?? '';
}

export function TagFields(props: Props) {
  const { values, onChange, parentChoices, colorHint, autoFocusName } = props;
  const id = useId();
  return (
    <>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Name</span>
          <input
            type="text"
            required
            maxLength={200}
            autoFocus={autoFocusName}
            value={values.name}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        </label>
        <div className="field tag-color-field">
          <label className="field-label" htmlFor={`${id}-color`}>
            Colour
          </label>
          <input
            id={`${id}-color`}
            type="color"
            value={values.color}
            aria-describedby={colorHint ? `${id}-color-hint` : undefined}
            onChange={(e) => onChange({ color: e.target.value.toLowerCase() })}
          />
          {colorHint && (
            <span id={`${id}-color-hint`} className="field-hint">
              {colorHint}
            </span>
          )}
        </div>
      </div>
      <label className="field">
        <span className="field-label">Description (when to use it)</span>
        <textarea
          rows={3}
          maxLength={5000}
          value={values.description}
          onChange={(e) => onChange({ description: e.target.value })}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">Parent</span>
          <select value={values.parentId} onChange={(e) => onChange({ parentId: e.target.value })}>
            <option value="">None (top level)</option>
            {parentChoices.map((row) => (
              <option key={row.tag.id} value={row.tag.id}>
                {indented(row)}
              </option>
            ))}
          </select>
        </label>
        <div className="field tag-shortcut-field">
          <label className="field-label" htmlFor={`${id}-key`}>
            Shortcut key
          </label>
          <input
            id={`${id}-key`}
            type="text"
            className="shortcut-input"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-key-hint`}
            value={values.shortcut}
            onChange={(e) => onChange({ shortcut: lastKey(e.target.value) })}
          />
          <span id={`${id}-key-hint`} className="field-hint">
            One letter or digit; empty for none.
          </span>
        </div>
      </div>
    </>
  );
}
