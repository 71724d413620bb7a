/**
 * Push-to-talk button: press and hold to talk (release stops), or a short click to start and
 * another to stop; Space/Enter toggle. `aria-pressed` and `data-state` show listening.
 * The icon is an SVG (lucide), not an emoji: a machine without an emoji font showed a box.
 */
import { Mic, Square } from 'lucide-react';
import { useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import type { InputStatus } from '../input/speechInput.ts';
import { tr } from './tr.ts';

/** A press longer than this is a hold: releasing it stops listening. */
export const HOLD_MS = 350;

export interface MicButtonProps {
  status: InputStatus;
  /** UI locale for the label. */
  locale: string;
  onStart(): void;
  onStop(): void;
  disabled?: boolean;
}

export function MicButton({ status, locale, onStart, onStop, disabled = false }: MicButtonProps) {
  const press = useRef<{ at: number; started: boolean } | null>(null);
  const listening = status === 'listening';

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0 || disabled) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    press.current = { at: e.timeStamp, started: !listening };
    if (!listening) onStart();
  };
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const p = press.current;
    press.current = null;
    if (!p) return;
    // A press that started listening: a hold stops on release, a click keeps listening.
    if (!p.started || e.timeStamp - p.at >= HOLD_MS) onStop();
  };
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    // NOTE: detail 0 = keyboard or assistive tech; pointer clicks were handled above.
    if (e.detail !== 0 || disabled) return;
    if (listening) onStop();
    else onStart();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'Escape' && listening) onStop();
  };

  return (
    <button
      type="button"
      className="mic-button"
      data-testid="mic-button"
      data-state={status}
      aria-pressed={listening}
      title={tr('micHint', locale)}
      disabled={disabled}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      {listening ? <Square className="icon" aria-hidden="true" /> : <Mic className="icon" aria-hidden="true" />}
      {listening ? tr('micStop', locale) : tr('micStart', locale)}
    </button>
  );
}
