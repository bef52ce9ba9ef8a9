// For jsdom tests of dialogs: jsdom has no modal dialogs (showModal is missing), and Modal opens
// every dialog with it. This stands in for it, marking the dialog open, for a test file.
import { beforeAll } from 'vitest';

export function withModalDialogs(): void {
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  });
}
