/** Notes preferences kept in localStorage, so /settings can change them without loading Dexie. */
const IDLE_KEY = 'tl.lockMinutes';
const RETENTION_KEY = 'tl.retentionDays';

const readInt = (key: string, min: number, max: number, fallback: number): number => {
  const v = Number(localStorage.getItem(key));
  return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
};
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(v)));

export const idleMinutes = (): number => readInt(IDLE_KEY, 1, 30, 5);
export const setIdleMinutes = (minutes: number): void => localStorage.setItem(IDLE_KEY, String(clamp(minutes, 1, 30)));
export const retentionDays = (): number => readInt(RETENTION_KEY, 7, 90, 30);
export const setRetentionDays = (days: number): void => localStorage.setItem(RETENTION_KEY, String(clamp(days, 7, 90)));
