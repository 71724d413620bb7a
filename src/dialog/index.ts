/**
 * The dialogue manager's public API: `createDialog` turns what the NLU understood into a
 * reply (a catalogue key with locale-formatted params) and real local effects; the panels
 * show those effects. Everything else in src/dialog is internal.
 */
export { createDialog, defaultDialogStorage, type Dialog, type DialogDeps } from './dialog.ts';
export type { Understood, Turn, Awaiting, AwaitKind, Skill, SkillContext, SkillResult, Action } from './types.ts';
export { defineSkill } from './types.ts';
export { SKILLS, skillFor } from './skills/registry.ts';
export {
  createDialogStore,
  initialDialogState,
  type Alarm,
  type AudioState,
  type CalendarEvent,
  type DeviceState,
  type DialogState,
  type DialogStore,
  type ListRecord,
  type StorageNotices,
} from './state.ts';
export type { DialogStorage, RawRecords, StorageOp, QuarantinedRecord } from './storage/types.ts';
export { createMemoryStorage } from './storage/memory.ts';
export { createIndexedDbStorage, describeStorageError } from './storage/indexedDb.ts';
export { MAX_TIMER_SECONDS, MAX_YEARS, MAX_TEXT } from './limits.ts';
export { browserNotify, createWebAudioSound, requestNotificationPermission, silentSound, type AlarmSound } from './alarms/sound.ts';
export * as normalize from './normalize/index.ts';
export { evaluate, MathError } from './math/parser.ts';
export { spokenToExpression } from './math/words.ts';
export { zoneForPlace } from './timezones.ts';
export { SmartHomePanel } from './ui/SmartHomePanel.tsx';
export { AlarmsPanel } from './ui/AlarmsPanel.tsx';
export { ListsPanel } from './ui/ListsPanel.tsx';
export { CalendarPanel } from './ui/CalendarPanel.tsx';
export { MediaPanel } from './ui/MediaPanel.tsx';
