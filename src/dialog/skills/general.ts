/**
 * general: greetings, a joke, thanks, and small talk (which gets a short description of
 * what this offline assistant can do).
 */
import { defineSkill } from '../types.ts';
import { says } from './helpers.ts';

export const generalSkill = defineSkill({
  scenario: 'general',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'general_greet':
        return { reply: { key: 'greeting' }, effect: 'general:greet' };
      case 'general_joke':
        return { reply: { key: 'joke' }, effect: 'general:joke' };
      default:
        return says(ctx, (p) => p.thanks) ? { reply: { key: 'thanks' }, effect: 'general:thanks' } : { reply: { key: 'chitchat' }, effect: 'general:chitchat' };
    }
  },
});
