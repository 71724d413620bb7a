// Eleventh held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fi-FI: eleventh held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'herätä minut kymmentä vaille seitsemän aamulla', expect: { alarm: '06:50' }, note: '"kymmentä vaille seitsemän" = ten to seven = 06:50.' },
  { skill: 'alarm', say: 'laita herätys lauantaiaamuksi kello kahdeksan', expect: { alarm: { time: '08:00', day: '2026-11-28' } }, note: '"lauantaiaamuksi" = for Saturday morning (translative of lauantaiaamu).' },
  { skill: 'timer', say: 'laita tunnin ja kahdenkymmenen minuutin ajastin', expect: { timer: 4800 }, note: 'Genitive forms: "a timer of one hour and twenty minutes".' },
  { skill: 'timer', say: 'käynnistä ajastin puoleksi tunniksi', expect: { timer: 1800 }, note: '"puoleksi tunniksi" = for half an hour.' },
  { skill: 'list', say: 'lisää ostoslistalle maito leipä ja kahvi', expect: { listItems: ['maito', 'leipä', 'kahvi'] } },
  { skill: 'calendar', say: 'lisää kalenteriin huomenna varttia yli kaksitoista lounas liisan kanssa', expect: { event: { day: '2026-11-25', time: '12:15', titleIncludes: 'lounas', notInTitle: ['huomenna', 'varttia', 'kaksitoista'] } }, note: '"varttia yli kaksitoista" = quarter past twelve = 12:15; "lounas liisan kanssa" = lunch with Liisa.' },
  { skill: 'light', say: 'sammuta valot', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'himmennä valoja vähän', expect: { light: { brightness: 'down' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'laita volyymi kuuteenkymmeneen', expect: { volume: 60 }, note: '"volyymi" is the colloquial loan for äänenvoimakkuus; "kuuteenkymmeneen" = to sixty (illative).' },
  { skill: 'media', say: 'jatka musiikin soittoa', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'paljonko on yksitoista kertaa kahdeksan', expect: { math: '88' } },
  { skill: 'followup', say: ['lisää jotain ostoslistalle', 'sammuta valo'], expect: { light: { on: false } }, given: { light: 'on' }, note: '"jotain" = something; the second turn is a new command, not the item.' },
];

export default commands;
