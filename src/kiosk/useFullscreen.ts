/** Whether the document is full screen, and a toggle that asks the browser for it (a user gesture is needed). */
import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
};
const isFull = () => document.fullscreenElement !== null;

/** `[fullscreen, toggle]`; a refused request (no gesture, not allowed) leaves things as they are. */
export function useFullscreen(): [boolean, () => void] {
  const full = useSyncExternalStore(subscribe, isFull, () => false);
  const toggle = useCallback(() => {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void done.catch(() => undefined);
  }, []);
  return [full, toggle];
}
