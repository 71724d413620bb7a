/**
 * Keeps the kiosk's screen on: a Screen Wake Lock while the page is visible, taken again
 * when the page comes back (the browser releases it on hide). Where the API is missing or
 * refused, nothing happens: the kiosk machine's own settings apply.
 */
import { useEffect } from 'react';

interface WakeLockSentinelLike {
  release(): Promise<void>;
}
type WakeLockNavigator = Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } };

/** Holds a screen wake lock while the component is mounted. */
export function useWakeLock(): void {
  useEffect(() => {
    let lock: WakeLockSentinelLike | null = null;
    let active = true;
    const acquire = () => {
      const wakeLock = (navigator as WakeLockNavigator).wakeLock;
      if (!wakeLock || document.visibilityState !== 'visible') return;
      wakeLock.request('screen').then(
        (sentinel) => {
          if (active) lock = sentinel;
          else void sentinel.release().catch(() => undefined);
        },
        () => undefined,
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release().catch(() => undefined);
    };
  }, []);
}
