// The menu is derived from the shared command list: every command appears once, under its menu,
// with its shortcut, and each platform gets its conventional layout.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../shared/commands';
import type { CommandInfo } from '../shared/commands';
import type { MenuEntry, TopMenu } from './menu-template';
import { buildMenuTemplate } from './menu-template';

function labels(menus: TopMenu[]): string[] {
  return menus.map((menu) => menu.label);
}

function roles(menu: TopMenu | undefined): string[] {
  return (menu?.items ?? []).flatMap((item) => (item.type === 'role' ? [item.role] : []));
}

function commandItems(menus: TopMenu[]): Extract<MenuEntry, { type: 'command' }>[] {
  return menus.flatMap((menu) =>
    menu.items.flatMap((item) => (item.type === 'command' ? [item] : [])),
  );
}

const linux = buildMenuTemplate({
  platform: 'linux',
  appName: 'Attribution Workbench',
  devTools: false,
});
const mac = buildMenuTemplate({
  platform: 'darwin',
  appName: 'Attribution Workbench',
  devTools: false,
});

describe('buildMenuTemplate', () => {
  it('lays out File, Edit, Quote, View and Help', () => {
    expect(labels(linux)).toEqual(['File', 'Edit', 'Quote', 'View', 'Help']);
    expect(labels(buildMenuTemplate({ platform: 'win32', appName: 'X', devTools: false }))).toEqual(
      labels(linux),
    );
  });

  it('adds the app menu and a Window menu on macOS', () => {
    const withHelp = buildMenuTemplate({
      platform: 'darwin',
      appName: 'Attribution Workbench',
      devTools: false,
      commands: [...COMMANDS, { id: 'help.shortcuts', label: 'Keyboard shortcuts', menu: 'help' }],
    });
    expect(labels(withHelp)).toEqual([
      'Attribution Workbench',
      'File',
      'Edit',
      'Quote',
      'View',
      'Window',
      'Help',
    ]);
    expect(roles(mac[0])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(mac.find((menu) => menu.label === 'Window')?.role).toBe('window');
  });

  it('puts Quit in File and About in Help off macOS', () => {
    expect(roles(linux.find((menu) => menu.label === 'File'))).toEqual(['quit']);
    expect(roles(linux.find((menu) => menu.label === 'Help'))).toEqual(['about']);
    expect(roles(mac.find((menu) => menu.label === 'File'))).toEqual(['close']);
  });

  it('gives Edit workspace undo and redo, then the standard clipboard roles', () => {
    const edit = linux.find((menu) => menu.label === 'Edit');
    expect(edit?.items.slice(0, 2)).toEqual([
      { type: 'command', commandId: 'edit.undo', label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
      { type: 'command', commandId: 'edit.redo', label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
    ]);
    expect(roles(edit)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('gives View zoom and full screen, and developer tools only when asked', () => {
    const view = (menus: TopMenu[]) => roles(menus.find((menu) => menu.label === 'View'));
    expect(view(linux)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(view(buildMenuTemplate({ platform: 'linux', appName: 'X', devTools: true }))).toContain(
      'toggleDevTools',
    );
  });

  it('lists every shared command once, under its menu, with its shortcut', () => {
    for (const menus of [linux, mac]) {
      const items = commandItems(menus);
      expect(items.map((item) => item.commandId).sort()).toEqual(COMMANDS.map((c) => c.id).sort());
      for (const command of COMMANDS as readonly CommandInfo[]) {
        const menu = menus.find((m) =>
          m.items.some((i) => i.type === 'command' && i.commandId === command.id),
        );
        expect(menu?.label.toLowerCase()).toBe(command.menu);
        const item = items.find((i) => i.commandId === command.id);
        expect(item).toEqual({
          type: 'command',
          commandId: command.id,
          label: command.label,
          ...(command.accelerator ? { accelerator: command.accelerator } : {}),
        });
      }
    }
  });

  it('never starts, ends or doubles a separator', () => {
    for (const menus of [
      linux,
      mac,
      buildMenuTemplate({ platform: 'linux', appName: 'X', devTools: true, commands: [] }),
    ]) {
      for (const menu of menus) {
        const types = menu.items.map((item) => item.type);
        expect(types[0], menu.label).not.toBe('separator');
        expect(types.at(-1), menu.label).not.toBe('separator');
        expect(types.join(',')).not.toContain('separator,separator');
      }
    }
  });

  it('drops menus that would be empty', () => {
    const bare = buildMenuTemplate({
      platform: 'linux',
      appName: 'X',
      devTools: false,
      commands: [],
    });
    expect(labels(bare)).toEqual(['File', 'Edit', 'View', 'Help']);
    const help = buildMenuTemplate({
      platform: 'darwin',
      appName: 'X',
      devTools: false,
      commands: [{ id: 'help.shortcuts', label: 'Keyboard shortcuts', menu: 'help' }],
    });
    expect(help.at(-1)).toEqual({
      label: 'Help',
      role: 'help',
      items: [{ type: 'command', commandId: 'help.shortcuts', label: 'Keyboard shortcuts' }],
    });
  });
});
