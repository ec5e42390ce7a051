/** Light/dark follows the system unless the practitioner chose one (dark rooms on visits, projectors in training). */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'tl.theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

export function themeChoice(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

export function applyTheme(choice: ThemeChoice = themeChoice()): void {
  const dark = choice === 'dark' || (choice === 'system' && media().matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

export function setThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  applyTheme(choice);
}

export function startTheme(): void {
  applyTheme();
  media().addEventListener('change', () => applyTheme());
}
