/**
 * The simulated player: volume (or muted) and playing/paused with what was asked for.
 */
import { useStore } from 'zustand';
import { formatPercent } from '../format.ts';
import type { DialogStore } from '../state.ts';
import { tr } from './strings.ts';

export interface MediaPanelProps {
  dialog: { state: DialogStore };
  locale: string;
}

export function MediaPanel({ dialog, locale }: MediaPanelProps) {
  const audio = useStore(dialog.state, (s) => s.audio);
  return (
    <section className="dialog-panel media" aria-label={tr('mediaTitle', locale)}>
      <h2>{tr('mediaTitle', locale)}</h2>
      <p data-testid="media" data-state={audio.playing ? 'playing' : 'paused'}>
        {audio.playing ? tr('playing', locale) : audio.nowPlaying ? tr('paused', locale) : tr('nothingPlaying', locale)}
        {audio.nowPlaying ? `: ${audio.nowPlaying}` : ''}
      </p>
      <p data-testid="volume" data-volume={audio.volume} data-muted={audio.muted ? 'true' : 'false'}>
        {audio.muted ? tr('muted', locale) : tr('volume', locale, { level: formatPercent(audio.volume, locale) })}{' '}
        <meter min={0} max={100} value={audio.muted ? 0 : audio.volume} />
      </p>
    </section>
  );
}
