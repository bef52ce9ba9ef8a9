// The native menu as plain data, built from the shared command list, so its shape is unit-tested
// without Electron. menu.ts turns it into Electron menu items and wires the clicks.
import type { CommandInfo } from '../shared/commands';
import { COMMANDS } from '../shared/commands';

/** Electron's built-in menu roles we use; each does its standard job on every platform. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'minimize'
  | 'zoom'
  | 'front';

export type MenuEntry =
  | { type: 'command'; commandId: string; label: string; accelerator?: string }
  | { type: 'role'; role: MenuRole }
  | { type: 'separator' };

export interface TopMenu {
  label: string;
  /** macOS gives menus with these roles their system behaviour (window list, help search). */
  role?: 'window' | 'help';
  items: MenuEntry[];
}

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds Toggle Developer Tools to the View menu (development builds only). */
  devTools: boolean;
  commands?: readonly CommandInfo[];
}

const SEPARATOR: MenuEntry = { type: 'separator' };

function role(name: MenuRole): MenuEntry {
  return { type: 'role', role: name };
}

/** Joins groups with separators, skipping empty groups so no menu shows a stray line. */
function groups(...parts: MenuEntry[][]): MenuEntry[] {
  return parts
    .filter((part) => part.length > 0)
    .flatMap((part, i) => (i === 0 ? part : [SEPARATOR, ...part]));
}

/**
 * The application menu: on macOS the app menu first (About, Services, Hide, Quit) and a Window
 * menu; elsewhere Quit sits in File and About in Help. Command items carry the command id the
 * renderer runs. Menus left with no items are dropped.
 */
export function buildMenuTemplate(options: MenuTemplateOptions): TopMenu[] {
  const mac = options.platform === 'darwin';
  const commands = options.commands ?? COMMANDS;
  const commandsIn = (menu: CommandInfo['menu']): MenuEntry[] =>
    commands
      .filter((command) => command.menu === menu)
      .map((command) => ({
        type: 'command',
        commandId: command.id,
        label: command.label,
        ...(command.accelerator === undefined ? {} : { accelerator: command.accelerator }),
      }));

  const menus: TopMenu[] = [];
  if (mac) {
    menus.push({
      label: options.appName,
      items: groups(
        [role('about')],
        [role('services')],
        [role('hide'), role('hideOthers'), role('unhide')],
        [role('quit')],
      ),
    });
  }
  menus.push(
    { label: 'File', items: groups(commandsIn('file'), [role(mac ? 'close' : 'quit')]) },
    {
      label: 'Edit',
      // Undo and redo are workspace commands (the renderer falls back to a text field's own
      // undo while one has focus), so they come from the command list, not Electron's roles.
      items: groups(commandsIn('edit'), [
        role('cut'),
        role('copy'),
        role('paste'),
        role('selectAll'),
      ]),
    },
    { label: 'Quote', items: commandsIn('quote') },
    {
      label: 'View',
      items: groups(
        commandsIn('view'),
        [role('resetZoom'), role('zoomIn'), role('zoomOut')],
        [role('togglefullscreen')],
        options.devTools ? [role('toggleDevTools')] : [],
      ),
    },
  );
  if (mac) {
    menus.push({
      label: 'Window',
      role: 'window',
      items: groups([role('minimize'), role('zoom')], [role('front')]),
    });
  }
  menus.push({
    label: 'Help',
    role: 'help',
    items: groups(commandsIn('help'), mac ? [] : [role('about')]),
  });
  return menus.filter((menu) => menu.items.length > 0);
}
