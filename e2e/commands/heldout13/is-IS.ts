// Thirteenth held-out set: written on 4 December 2026 by someone who had not read the code, the failures or the earlier sets; run it once, blind, do not tune on it.
/** is-IS: thirteenth held-out natural commands. Clock: Tue 2026-11-24 09:00. */
import type { CommandSpec } from '../types.ts';

const commands: readonly CommandSpec[] = [
  { skill: 'alarm', say: 'stilltu vekjaraklukkuna á korter yfir sex í fyrramálið', expect: { alarm: '06:15' }, note: '"korter yfir sex" is quarter past six; "í fyrramálið" is tomorrow morning (the next 06:15 anyway).' },
  { skill: 'alarm', say: 'vektu mig klukkan hálf átta á föstudaginn', expect: { alarm: { time: '07:30', day: '2026-11-27' } }, note: '"hálf átta" is half to eight, 07:30; "á föstudaginn" is on Friday.' },
  { skill: 'timer', say: 'stilltu tímamæli á tvo klukkutíma og tíu mínútur', expect: { timer: 7800 } },
  { skill: 'timer', say: 'stilltu tímamæli á fjörutíu og fimm sekúndur', expect: { timer: 45 } },
  { skill: 'list', say: 'settu mjólk brauð og egg á innkaupalistann', expect: { listItems: ['mjólk', 'brauð', 'egg'] } },
  { skill: 'calendar', say: 'settu hádegismat með jóni í dagatalið á morgun klukkan korter í eitt', expect: { event: { day: '2026-11-25', time: '12:45', titleIncludes: 'hádegismat', notInTitle: ['morgun', 'klukkan', 'korter', 'eitt'] } }, note: '"korter í eitt" is quarter to one, 12:45 (a lunch); "með jóni" is with Jón (dative).' },
  { skill: 'light', say: 'slökktu ljósið', expect: { light: { on: false } }, given: { light: 'on' } },
  { skill: 'light', say: 'gerðu ljósið aðeins bjartara', expect: { light: { brightness: 'up' } }, given: { light: 'dimmed' } },
  { skill: 'volume', say: 'stilltu hljóðstyrkinn á þrjátíu', expect: { volume: 30 } },
  { skill: 'media', say: 'spilaðu tónlistina aftur', expect: { playing: true }, given: { playing: false } },
  { skill: 'math', say: 'hvað er átta sinnum níu', expect: { math: '72' } },
  { skill: 'followup', say: ['bættu einhverju á innkaupalistann', 'slökktu ljósin'], expect: { light: { on: false } }, given: { light: 'on' } },
];

export default commands;
