// Decides whether an IPC call may reach the workbench service: only the app's own top-level page,
// served from app://workbench, may call it. Anything else (a subframe, a page that navigated
// elsewhere, a file:// or http:// document) is refused.
import { isAppUrl } from './protocol-path';

/**
 * True only when the sending frame is a main frame whose URL is on the app://workbench origin.
 * `frameUrl` is undefined when Electron no longer knows the frame (it navigated or was destroyed).
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  if (!isMainFrame || typeof frameUrl !== 'string' || frameUrl === '') return false;
  return isAppUrl(frameUrl);
}
