/** The result's strings (also used by training, notes and the table): they load with the result, not on the first screen. */
import { registerStrings } from '../i18n/register';

registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));
