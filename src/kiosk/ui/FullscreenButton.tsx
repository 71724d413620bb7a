/** Full screen on and off (the browser needs a press for it). */
import { useFullscreen } from '../useFullscreen.ts';
import { tr } from './strings.ts';

/** Four corners, pointing out (enter) or in (leave); drawn inline, so no font or icon set is needed. */
function FrameIcon({ inward }: { inward: boolean }) {
  const d = inward ? 'M8 3v5H3M16 3v5h5M8 21v-5H3M16 21v-5h5' : 'M3 8V3h5M21 8V3h-5M3 16v5h5M21 16v5h-5';
  return (
    <svg className="kiosk-icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

export function FullscreenButton({ locale }: { locale: string }) {
  const [full, toggle] = useFullscreen();
  return (
    <button type="button" className="kiosk-fullscreen" data-testid="kiosk-fullscreen" aria-pressed={full} onClick={toggle}>
      <FrameIcon inward={full} /> {tr(full ? 'exitFullscreen' : 'fullscreen', locale)}
    </button>
  );
}
