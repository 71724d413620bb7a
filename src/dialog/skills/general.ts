/**
 * general: greetings, a joke, thanks, and small talk (which gets a short description of
 * what this offline assistant can do).
 */
import { defineSkill } from '../types.ts';
import { mentions } from './helpers.ts';

const THANKS = ['thank', 'danke', 'merci', 'gracias', 'grazie', 'obrigad', 'ありがとう', '谢谢', '謝謝', 'धन्यवाद', 'शुक्रिया', 'شكرا', 'спасибо', 'asante'];

export const generalSkill = defineSkill({
  scenario: 'general',
  handle: (ctx) => {
    switch (ctx.u.intent) {
      case 'general_greet':
        return { reply: { key: 'greeting' }, effect: 'general:greet' };
      case 'general_joke':
        return { reply: { key: 'joke' }, effect: 'general:joke' };
      default:
        return mentions(ctx, THANKS) ? { reply: { key: 'thanks' }, effect: 'general:thanks' } : { reply: { key: 'chitchat' }, effect: 'general:chitchat' };
    }
  },
});
