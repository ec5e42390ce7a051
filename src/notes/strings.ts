/** Registers this feature's strings (every locale present) when its chunk loads. */
import { registerStrings } from '../i18n/register';
import '../triage/strings';

registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));
