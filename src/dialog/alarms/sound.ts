/**
 * The alarm sound: a Web Audio oscillator beeping twice a second until stopped. Behind an
 * interface so tests (and browsers without Web Audio) use a silent or recording fake.
 */

/** Something that can ring. */
export interface AlarmSound {
  start(): void;
  stop(): void;
}

/** Makes no sound (tests, no Web Audio). */
export const silentSound: AlarmSound = { start: () => {}, stop: () => {} };

/** Beeps at 880 Hz with a Web Audio oscillator; silent if the page has no AudioContext. */
export function createWebAudioSound(): AlarmSound {
  if (typeof AudioContext === 'undefined') return silentSound;
  let ctx: AudioContext | undefined;
  let osc: OscillatorNode | undefined;
  let beat: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (beat !== undefined) clearInterval(beat);
    beat = undefined;
    osc?.stop();
    osc?.disconnect();
    osc = undefined;
  };
  return {
    start() {
      if (osc) return;
      ctx ??= new AudioContext();
      // NOTE: a context created before any user gesture starts suspended; resume() is allowed
      // here because the user has already typed or spoken to set the alarm.
      void ctx.resume();
      const gain = ctx.createGain();
      gain.gain.value = 0;
      osc = ctx.createOscillator();
      osc.frequency.value = 880;
      osc.connect(gain).connect(ctx.destination);
      osc.start();
      const pulse = () => {
        const t = ctx!.currentTime;
        gain.gain.setValueAtTime(0.2, t);
        gain.gain.setValueAtTime(0, t + 0.15);
        gain.gain.setValueAtTime(0.2, t + 0.3);
        gain.gain.setValueAtTime(0, t + 0.45);
      };
      pulse();
      beat = setInterval(pulse, 1000);
    },
    stop,
  };
}

/** Shows a system notification when the user has granted permission; otherwise does nothing. */
export function browserNotify(text: string): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  new Notification('Polyvox', { body: text });
}

/** Asks for notification permission (call from a click handler). */
export async function requestNotificationPermission(): Promise<NotificationPermission | 'unsupported'> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}
