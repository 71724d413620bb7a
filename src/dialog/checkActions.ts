/**
 * The dialog's last check before anything is stored or scheduled: every alarm, event and list
 * item a skill asks for must pass the same rules a record must pass when it is loaded
 * (limits.ts). A skill that missed a case gets its whole result replaced by a clear refusal,
 * so an impossible value can never reach the store, the scheduler or a panel.
 */
import { alarmProblem, eventProblem, MAX_TEXT } from './limits.ts';
import type { SkillResult } from './types.ts';

/** `result` when all its actions are storable, else a refusal that changes nothing. */
export function checkActions(result: SkillResult, now: Date): SkillResult {
  for (const a of result.actions ?? []) {
    switch (a.type) {
      case 'alarmAdd': {
        const problem = alarmProblem(a.alarm, now);
        if (problem === 'timer length out of range') return refuse(a.alarm.seconds !== undefined && a.alarm.seconds < 1 ? 'timerTooShort' : 'dateOutOfRange');
        if (problem === 'alarm too far ahead') return refuse('alarmTooFar');
        if (problem !== null || a.alarm.at < now.getTime()) return refuse('dateOutOfRange');
        break;
      }
      case 'eventAdd':
        if (eventProblem(a.event, now) !== null) return refuse('dateOutOfRange');
        break;
      case 'listAdd':
      case 'listCreate':
        // An empty list name is the unnamed default list; an empty item is never stored.
        if (a.list.length > MAX_TEXT || (a.type === 'listAdd' && (a.item.trim() === '' || a.item.length > MAX_TEXT))) return refuse('notUnderstood');
        break;
      default:
        break;
    }
  }
  return result;
}

function refuse(key: 'timerTooShort' | 'alarmTooFar' | 'dateOutOfRange' | 'notUnderstood'): SkillResult {
  return { reply: { key }, effect: 'refused' };
}
