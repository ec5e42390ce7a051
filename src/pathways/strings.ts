/** The local procedure's strings load with the result or settings, not on the first screen. */
import { registerStrings } from '../i18n/register';

registerStrings(import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true }));
