/** Links in packs are shown to readers and packs may come from anyone: https with a real domain only, never http, javascript: or data:. */
import './zod-config.ts';
import { z } from 'zod';

const message = 'must be an https:// web address';

/** One problem per bad link: the protocol check stops there, so the domain is checked only on an https address. */
export const httpsUrl = z.url({ protocol: /^https$/, message, abort: true }).refine((url) => z.regexes.domain.test(new URL(url).hostname), message);
