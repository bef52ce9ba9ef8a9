// The role, confidence and basis fields an attribution has, shared by the add and edit forms.
import type { AttributionConfidence, AttributionRole } from '../../../../shared/domain/schema';
import { ATTRIBUTION_ROLE_LABELS, CONFIDENCE_LABELS } from '../../ui/labels';

export interface AttributionFieldValues {
  role: AttributionRole;
  confidence: AttributionConfidence;
  basis: string;
}

interface Props {
  value: AttributionFieldValues;
  onChange: (value: AttributionFieldValues) => void;
}

export function AttributionFields({ value, onChange }: Props) {
  return (
    <div className="field-row">
      <label className="field">
        <span className="field-label">Role</span>
        <select
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as AttributionRole })}
        >
          {Object.entries(ATTRIBUTION_ROLE_LABELS).map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Confidence</span>
        <select
          value={value.confidence}
          onChange={(e) =>
            onChange({ ...value, confidence: e.target.value as AttributionConfidence })
          }
        >
          {Object.entries(CONFIDENCE_LABELS).map(([confidence, label]) => (
            <option key={confidence} value={confidence}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Basis</span>
        <input
          type="text"
          value={value.basis}
          placeholder="“he” refers to Umerov in the previous sentence"
          onChange={(e) => onChange({ ...value, basis: e.target.value })}
        />
      </label>
    </div>
  );
}
