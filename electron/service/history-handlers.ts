// Handlers for undo, redo and the per-item audit trail, over the service's History.
import type { HandlerTable } from '../../shared/ipc/dispatch';
import type { History } from './history';

type HistoryHandlers = Pick<
  HandlerTable,
  'history.state' | 'history.undo' | 'history.redo' | 'history.forItem'
>;

export function historyHandlers(history: History): HistoryHandlers {
  return {
    'history.state': async () => history.state(),
    'history.undo': () => history.undo(),
    'history.redo': () => history.redo(),
    'history.forItem': async ({ collection, id }) => history.forItem(collection, id),
  };
}
