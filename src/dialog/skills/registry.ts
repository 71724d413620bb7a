/**
 * The skills registry: one skill per MASSIVE scenario, looked up by the scenario of the
 * intent (`alarm_set` → `alarm`).
 */
import type { Skill } from '../types.ts';
import { alarmSkill } from './alarm.ts';
import { audioSkill } from './audio.ts';
import { calendarSkill } from './calendar.ts';
import { cookingSkill } from './cooking.ts';
import { datetimeSkill } from './datetime.ts';
import { emailSkill } from './email.ts';
import { generalSkill } from './general.ts';
import { iotSkill } from './iot.ts';
import { listsSkill } from './lists.ts';
import { musicSkill } from './music.ts';
import { newsSkill } from './news.ts';
import { playSkill } from './play.ts';
import { qaSkill } from './qa.ts';
import { recommendationSkill } from './recommendation.ts';
import { socialSkill } from './social.ts';
import { takeawaySkill } from './takeaway.ts';
import { transportSkill } from './transport.ts';
import { weatherSkill } from './weather.ts';

/** All skills, keyed by scenario. */
export const SKILLS: ReadonlyMap<string, Skill> = new Map(
  [
    alarmSkill, audioSkill, calendarSkill, cookingSkill, datetimeSkill, emailSkill, generalSkill, iotSkill, listsSkill,
    musicSkill, newsSkill, playSkill, qaSkill, recommendationSkill, socialSkill, takeawaySkill, transportSkill, weatherSkill,
  ].map((s) => [s.scenario, s]),
);

/** The skill for an intent's scenario (the scenario given, else the intent's prefix). */
export function skillFor(intent: string, scenario?: string): Skill | undefined {
  return SKILLS.get(scenario || intent.split('_')[0] || '') ?? SKILLS.get(intent.split('_')[0] ?? '');
}
