/**
 * The reply catalogue: every sentence the assistant can say, as a key with named
 * parameters. English is the source: its templates define `ReplyKey`, so the dialogue code
 * cannot ask for a reply that does not exist, and every locale file is checked against it.
 *
 * Templates are ICU MessageFormat, rendered by render.ts with `intl-messageformat`:
 * - `{name}` places a string the dialogue already formatted with `Intl` for the reply's locale
 *   (times, dates, durations, lists, names);
 * - a count or level is passed as a number and formatted by the template in the locale:
 *   `{count, plural, one {# alarm} other {# alarms}}` with exactly the CLDR plural categories
 *   of the locale's language (ru: one/few/many/other, ar: zero/one/two/few/many/other, ja: other;
 *   `#` is the number in the locale's digits), `{level, number, ::unit/percent}` for 0–100 levels.
 * A locale must use each argument the way English does (locales.test.ts). An apostrophe before
 * `{`, `}` or `#` would quote it in ICU; templates do not use one there. Output is plain text,
 * never HTML (tags are not parsed).
 */

export const EN_REPLIES = {
  // alarm
  alarmSet: 'Alarm set for {time}.',
  timerSet: 'Timer set for {duration}.',
  alarmList: 'You have {count, plural, one {# alarm} other {# alarms}}: {list}.',
  alarmListNone: 'You have no alarms.',
  alarmRemoved: 'Removed the alarm for {time}.',
  alarmRemovedAll: 'All alarms removed.',
  alarmRemoveNone: 'There is no alarm to remove.',
  alarmSnoozed: 'Snoozed for {minutes, plural, one {# minute} other {# minutes}}.',
  alarmRinging: 'Your alarm for {time} is ringing.',
  timerRinging: 'Your {duration} timer is done.',
  askAlarmTime: 'For what time?',
  askTimerDuration: 'For how long?',
  timerTooLong: 'That is too long: a timer can run for at most {max}.',
  timerTooShort: 'A timer needs a length of at least one second.',
  alarmTooFar: 'I can set alarms up to a year ahead; for a later day, add a calendar event.',
  // iot (virtual smart home)
  lightOn: 'The light is on.',
  lightOff: 'The light is off.',
  lightDimmed: 'Light dimmed to {level, number, ::unit/percent}.',
  lightBrightened: 'Light brightened to {level, number, ::unit/percent}.',
  lightColour: 'The light is now {colour}.',
  askColour: 'Which colour?',
  plugOn: 'The plug is on.',
  plugOff: 'The plug is off.',
  vacuumStarted: 'The vacuum cleaner has started.',
  coffeeStarted: 'Making coffee.',
  // lists
  listAdded: 'Added {item} to {list}.',
  listRemoved: 'Removed {item} from {list}.',
  listRead: '{list}: {items}.',
  listEmpty: '{list} is empty.',
  listCreated: 'Created the list {list}.',
  listDeleted: 'Deleted the list {list}.',
  askListItem: 'What should I add?',
  defaultListName: 'your list',
  listAddedDefault: 'Added {item} to your list.',
  listRemovedDefault: 'Removed {item} from your list.',
  listReadDefault: 'Your list: {items}.',
  listEmptyDefault: 'Your list is empty.',
  listNames: 'Your lists: {lists}.',
  // calendar
  eventAdded: 'Added {title} on {date}.',
  eventList: 'You have {count, plural, one {# event} other {# events}}: {list}.',
  eventListNone: 'Your calendar is empty.',
  eventRemoved: 'Removed {title}.',
  eventRemoveNone: 'There is no event to remove.',
  askEventDate: 'On which day?',
  defaultEventTitle: 'an event',
  eventAddedUntitled: 'Added an event on {date}.',
  dateOutOfRange: 'I can only keep dates within a hundred years from today.',
  // datetime
  timeNow: 'It is {time}.',
  timeInZone: 'In {place} it is {time}.',
  dateToday: 'Today is {date}.',
  dateOf: '{day} is {date}.',
  unknownPlace: 'I do not know the time zone of {place}.',
  // qa: arithmetic
  mathResult: '{expression} = {result}.',
  mathError: 'I could not calculate that.',
  // audio / music / play
  volumeSet: 'Volume set to {level, number, ::unit/percent}.',
  volumeUp: 'Volume up: {level, number, ::unit/percent}.',
  volumeDown: 'Volume down: {level, number, ::unit/percent}.',
  volumeMuted: 'Sound muted.',
  playing: 'Playing {what}.',
  playingDefault: 'Playing.',
  paused: 'Paused.',
  resumed: 'Resumed.',
  // general
  greeting: 'Hello! How can I help?',
  joke: 'Why did the computer go to the doctor? It had a virus.',
  thanks: 'You are welcome.',
  chitchat: 'I am a small offline assistant: I can set alarms and timers, keep lists and a calendar, control the virtual home and do sums.',
  // honesty and repair
  offlineService: 'That needs an online service ({scenario}), and this is an offline demo. I understood: {understood}.',
  notUnderstood: 'Sorry, I did not understand that.',
  clarifyValue: 'I am not sure what "{value}" means. Could you say it another way?',
  cancelled: 'Okay, cancelled.',
  notSaved: 'But I could not save it on this device, so it will be gone after a reload.',
} as const;

/** A reply the assistant can give. */
export type ReplyKey = keyof typeof EN_REPLIES;

/** One locale's templates; a missing key falls back (visibly) to English. */
export type ReplyTemplates = Partial<Record<ReplyKey, string>>;

/**
 * A reply to render: key plus parameter values, strings already formatted for the locale and
 * counts and levels as numbers (`{ count: 3, list: '7:00 AM and 8:00 AM' }`).
 */
export interface Reply {
  key: ReplyKey;
  params?: Record<string, string | number>;
}
