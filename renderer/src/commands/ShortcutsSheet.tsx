// The keyboard shortcuts sheet (? or Ctrl/Cmd+/): every command and its keys, from the same
// command list the menu and palette use.
import type { CommandInfo } from '../../../shared/commands';
import { describeAccelerator } from './registry';
import { Modal } from '../ui/Modal';

interface Props {
  commands: readonly CommandInfo[];
  onClose: () => void;
}

export function ShortcutsSheet({ commands, onClose }: Props) {
  return (
    <Modal labelledBy="shortcuts-title" onClose={onClose}>
      <div className="form">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="grid" aria-labelledby="shortcuts-title">
          <thead>
            <tr>
              <th scope="col">Command</th>
              <th scope="col">Shortcut</th>
              <th scope="col">In the article</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.id}>
                <td>{command.label}</td>
                <td>
                  {command.accelerator ? <kbd>{describeAccelerator(command.accelerator)}</kbd> : ''}
                </td>
                <td>{command.key ? <kbd>{command.key.toUpperCase()}</kbd> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <button type="button" className="primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
