// Installs the native application menu described by menu-template.ts. Command items send their
// id to the renderer, which runs the command exactly as its own shortcut would.
import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { Menu } from 'electron';
import { ELECTRON_COMMAND_CHANNEL } from '../shared/ipc/bridge';
import type { MenuEntry } from './menu-template';
import { buildMenuTemplate } from './menu-template';

export interface AppMenuOptions {
  appName: string;
  devTools: boolean;
  /** The renderer that receives menu commands, or null while no window is open. */
  target: () => WebContents | null;
}

function toItem(entry: MenuEntry, send: (commandId: string) => void): MenuItemConstructorOptions {
  switch (entry.type) {
    case 'command':
      return {
        id: entry.commandId,
        label: entry.label,
        ...(entry.accelerator === undefined ? {} : { accelerator: entry.accelerator }),
        click: () => send(entry.commandId),
      };
    case 'role':
      return { role: entry.role };
    case 'separator':
      return { type: 'separator' };
    default: {
      const unexpected: never = entry;
      throw new Error(`Unknown menu entry: ${JSON.stringify(unexpected)}`);
    }
  }
}

export function installAppMenu(options: AppMenuOptions): void {
  const send = (commandId: string) => {
    const contents = options.target();
    if (contents && !contents.isDestroyed()) contents.send(ELECTRON_COMMAND_CHANNEL, commandId);
  };
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: options.appName,
    devTools: options.devTools,
  }).map((menu): MenuItemConstructorOptions => ({
    label: menu.label,
    ...(menu.role === undefined ? {} : { role: menu.role }),
    submenu: menu.items.map((entry) => toItem(entry, send)),
  }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
