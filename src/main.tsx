/**
 * Browser entry point: starts the page's NLU client (src/boot.ts, imported first so that it
 * runs before the rest of the app is evaluated), then mounts the app around it
 * (src/app/mount.tsx). The app renders before DOMContentLoaded, as checks that open the page
 * and read it at once expect.
 */
import { pageNlu } from './boot.ts';
import { mount } from './app/mount.tsx';

mount(pageNlu);
