// Banner for what the user must know: store notices (a damaged file moved aside, a migration)
// and errors from the service. Errors use role="alert" so assistive tech announces them.
import type { Notice } from '../../../shared/ipc/contract';

interface Props {
  notices: readonly Notice[];
  errors: readonly string[];
  onDismissNotice: (index: number) => void;
  onDismissError: (index: number) => void;
}

export function Notices({ notices, errors, onDismissNotice, onDismissError }: Props) {
  if (notices.length === 0 && errors.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div
          key={`n${index}`}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          <button type="button" aria-label="Dismiss notice" onClick={() => onDismissNotice(index)}>
            ×
          </button>
        </div>
      ))}
      {errors.map((message, index) => (
        <div key={`e${index}`} className="notice notice-error" role="alert">
          <span>{message}</span>
          <button type="button" aria-label="Dismiss error" onClick={() => onDismissError(index)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
