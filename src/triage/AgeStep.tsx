/** Step 1: who. Age or band, boundary ages, developmental age, and the adult exit. */
import type { Band, TrafficLightPack } from '../content/schema';
import { useT } from '../i18n';
import { bandsInPlay, parseAge } from '../rules/bands';
import { ADULT_AGE, developmentalBandOptions } from '../rules/levels';

export { parseAge } from '../rules/bands';

export interface AgeState {
  ageText: string;
  /** A band picked directly, or one of the two at a boundary; null means "all bands the age is in". */
  bandPick: string | null;
  developmental: boolean;
  devBand: string | null;
  /** The browser could not read the number typed (a number field then reports an empty value). */
  badInput?: boolean;
}

export const initialAgeState: AgeState = { ageText: '', bandPick: null, developmental: false, devBand: null };

/** The age field is in the prerendered HTML: an age typed before the app started is kept, not wiped by hydration. */
export const AGE_FIELD_ID = 'age';
export function typedBeforeStart(): AgeState {
  const typed = typeof document === 'undefined' ? '' : ((document.getElementById(AGE_FIELD_ID) as HTMLInputElement | null)?.value ?? '');
  return { ...initialAgeState, ageText: typed };
}

/** Something was typed that is not a whole number of years. */
export const isInvalidAge = (state: AgeState): boolean => Boolean(state.badInput) || (state.ageText.trim() !== '' && parseAge(state.ageText) === null);

/** The bands the child's chronological age (or direct pick) puts them in. */
export const chronologicalBands = (pack: TrafficLightPack, state: AgeState): Band[] => bandsInPlay(pack, { age: parseAge(state.ageText), bandPick: state.bandPick });

/** The bands searched: the developmental band when used, else the chronological ones. */
export const activeBands = (pack: TrafficLightPack, state: AgeState): Band[] =>
  bandsInPlay(pack, { age: parseAge(state.ageText), bandPick: state.bandPick, developmentalBand: state.developmental ? state.devBand : null });

/** Renders before the pack arrives (`pack` null), so the age field takes input at once; band choices follow the pack. */
export function AgeStep({ pack, state, onChange }: { pack: TrafficLightPack | null; state: AgeState; onChange: (s: AgeState) => void }) {
  const t = useT();
  const age = parseAge(state.ageText);
  const ageBands = pack && age !== null ? bandsInPlay(pack, { age }) : [];
  const isAdult = age !== null && age >= ADULT_AGE;
  const invalid = isInvalidAge(state);
  const chrono = pack ? chronologicalBands(pack, { ...state, bandPick: age !== null ? null : state.bandPick }) : [];
  const devOptions = pack ? developmentalBandOptions(pack, chrono) : [];
  const bandLabels = (bands: readonly Band[]) => bands.map((b) => b.label).join(t('common.and'));

  return (
    <fieldset class="step">
      <legend>
        <span class="step-number">1</span>
        {` ${t('classify.who.legend')}`}
      </legend>
      <label class="field">
        <span>{t('classify.who.age')}</span>
        <input
          id={AGE_FIELD_ID}
          type="number"
          inputMode="numeric"
          min={0}
          max={ADULT_AGE - 1}
          step={1}
          value={state.ageText}
          autoComplete="off"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'age-error' : undefined}
          onInput={(e) => onChange({ ...state, ageText: e.currentTarget.value, badInput: e.currentTarget.validity.badInput, bandPick: null, devBand: null })}
        />
      </label>
      {invalid ? (
        <p id="age-error" class="field-error" role="alert">
          {t('classify.who.invalid')}
        </p>
      ) : null}
      {isAdult ? (
        <div class="notice notice-warning" role="status">
          <p>{t('classify.who.adult')}</p>
        </div>
      ) : null}
      {!pack ? <p role="status">{t('common.loading')}</p> : null}
      {pack && age !== null && !isAdult && ageBands.length === 0 ? (
        <p class="notice" role="status">
          {t('classify.who.noBand')}
        </p>
      ) : null}
      {ageBands.length > 1 ? (
        <fieldset class="choice-group">
          <legend>{t('classify.who.boundary', { age, bands: bandLabels(ageBands) })}</legend>
          <label class="choice">
            <input type="radio" name="boundary-band" checked={state.bandPick === null} onChange={() => onChange({ ...state, bandPick: null })} />
            <span>{t('classify.who.bothBands', { bands: bandLabels(ageBands) })}</span>
          </label>
          {ageBands.map((band) => (
            <label class="choice" key={band.id}>
              <input type="radio" name="boundary-band" checked={state.bandPick === band.id} onChange={() => onChange({ ...state, bandPick: band.id })} />
              <span>{t('classify.who.onlyBand', { band: band.label })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {pack && age === null && !invalid ? (
        <fieldset class="choice-group band-picker">
          <legend>{t('classify.who.orBand')}</legend>
          {pack.bands.map((band) => (
            <label class="choice" key={band.id}>
              <input type="radio" name="band" checked={state.bandPick === band.id} onChange={() => onChange({ ...state, bandPick: band.id, devBand: null })} />
              <span>{t('classify.who.bandOption', { band: band.label })}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {!isAdult && chrono.length > 0 && devOptions.length > 0 ? (
        <div class="developmental">
          <label class="choice">
            <input type="checkbox" checked={state.developmental} onChange={(e) => onChange({ ...state, developmental: e.currentTarget.checked, devBand: null })} />
            <span>{t('classify.who.developmental')}</span>
          </label>
          {state.developmental ? (
            <fieldset class="choice-group">
              <legend>{t('classify.who.devBand')}</legend>
              <p class="hint">{t('classify.who.devHint')}</p>
              {devOptions.map((band) => (
                <label class="choice" key={band.id}>
                  <input type="radio" name="dev-band" checked={state.devBand === band.id} onChange={() => onChange({ ...state, devBand: band.id })} />
                  <span>{t('classify.who.bandOption', { band: band.label })}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
