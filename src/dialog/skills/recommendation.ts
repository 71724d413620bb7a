/**
 * recommendation: needs an online service, so it answers honestly with `offlineService` and shows
 * the intent and slots it understood. A real implementation replaces this file alone.
 */
import { defineSkill } from '../types.ts';
import { offline } from './helpers.ts';

export const recommendationSkill = defineSkill({ scenario: 'recommendation', handle: offline });
