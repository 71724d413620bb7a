// Twentieth held-out set: written on 5 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** is-IS: twentieth held-out natural commands (Icelandic). Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'vektu mig hinn daginn klukkan hálf sjö', expect: { alarm: { time: '06:30', day: '2026-11-26' } }, note: '"Hinn daginn" is the day after tomorrow (Thursday 26 November); Icelandic "hálf sjö" is half an hour BEFORE seven, 06:30.' },
  { skill: 'alarm', say: 'stilltu vekjarann á korter yfir tíu í kvöld', expect: { alarm: '22:15' }, note: '"Korter yfir tíu í kvöld" is a quarter past ten tonight.' },
  { skill: 'timer', say: 'settu tímamæli á tvær mínútur og fjörutíu sekúndur', expect: { timer: 160 } },
  { skill: 'timer', say: 'settu tímamæli á hálftíma', expect: { timer: 1800 } },
  { skill: 'list', say: 'settu brúnan sykur á innkaupalistann', expect: { listItems: ['brúnan sykur'] }, note: 'Brown sugar, in the accusative as said ("brúnan sykur").' },
  { skill: 'calendar', say: 'settu kvöldmat með jóni annað kvöld klukkan sjö í dagatalið', expect: { event: { day: '2026-11-25', time: '19:00', titleIncludes: 'jón', notInTitle: ['annað kvöld', 'klukkan', 'sjö'] } }, note: '"Annað kvöld" is tomorrow evening, so seven is 19:00. "kvöld" alone is not listed, since "kvöldmat" (dinner) contains it.' },
  { skill: 'light', say: 'deyfðu ljósin í þrjátíu prósent', expect: { light: { brightness: 30 } }, given: { light: 'on' } },
  { skill: 'light', say: 'gerðu ljósið aðeins bjartara', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'stilltu hljóðið á þrjátíu og fimm', expect: { volume: 35 } },
  { skill: 'media', say: 'spilaðu einhverja tónlist', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hvað eru fimmtán prósent af tvö hundruð', expect: { math: '30' } },
  { skill: 'followup', say: ['stilltu vekjaraklukku', 'korter í sjö um morguninn'], expect: { alarm: '06:45' }, note: '"Korter í sjö" is a quarter to seven, 06:45.' },
];

export default commands;
