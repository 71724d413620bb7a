/** English (en-US) reply templates: the catalogue's source text itself. */
import { EN_REPLIES, type ReplyTemplates } from '../catalog.ts';

export const templates: ReplyTemplates = EN_REPLIES;
