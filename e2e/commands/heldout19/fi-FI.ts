// Nineteenth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** fi-FI: nineteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'laita herätys ensi maanantaiksi puoli seitsemältä', expect: { alarm: { time: '06:30', day: '2026-11-30' } }, note: 'Finnish "puoli seitsemän" is half an hour before seven: 06:30. Next Monday is 2026-11-30.' },
  { skill: 'alarm', say: 'aseta herätys kello kymmenen illalla', expect: { alarm: '22:00' } },
  { skill: 'timer', say: 'laita ajastin kahdeksi minuutiksi ja kolmeksikymmeneksi sekunniksi', expect: { timer: 150 }, note: 'Translative case: two minutes and thirty seconds = 150 s.' },
  { skill: 'timer', say: 'laita ajastin puoleksi tunniksi', expect: { timer: 1800 }, note: '"puoleksi tunniksi" is for half an hour.' },
  { skill: 'list', say: 'lisää ostoslistalle laktoositon maito', expect: { listItems: ['laktoositon maito'] }, note: '"laktoositon maito" is lactose-free milk.' },
  { skill: 'calendar', say: 'lisää kalenteriin illallinen annan kanssa huomenna seitsemältä illalla', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'illallinen', notInTitle: ['huomenna', 'seitsemältä', 'illalla'] } }, note: '"illallinen annan kanssa" is dinner with Anna; "huomenna seitsemältä illalla" is tomorrow at 19:00.' },
  { skill: 'light', say: 'himmennä valot 20 prosenttiin', expect: { light: { brightness: 20 } }, given: { light: 'on' } },
  { skill: 'light', say: 'laita valot vähän kirkkaammalle', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'säädä äänenvoimakkuus neljäänkymmeneen', expect: { volume: 40 }, note: '"neljäänkymmeneen" is "to forty".' },
  { skill: 'media', say: 'laita musiikkia soimaan', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'paljonko on satakaksikymmentä jaettuna kahdeksalla', expect: { math: '15' }, note: '120 / 8 = 15.' },
  { skill: 'followup', say: ['laita herätys', 'aamulla varttia yli kuusi'], expect: { alarm: '06:15' }, note: '"varttia yli kuusi" is a quarter past six: 06:15.' },
];

export default commands;
