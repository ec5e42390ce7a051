/** Session summary: votes against the expected level per scenario; print, copy as text, or export the votes as CSV. No names, no ranking of people. */
import { useState } from 'preact/hooks';
import type { TrafficLightPack } from '../content/schema';
import { useT, type TFunction } from '../i18n';
import { deliver } from '../ui/deliver';
import { levelById, levelsByRank } from '../rules/levels';
import { LevelBadge } from '../ui/LevelBadge';
import type { Scenario } from '../scenarios/schema';
import { score, summary, type SessionState, type SummaryRow } from '../scenarios/session';
import { votesAsCsv } from '../scenarios/votes-csv';

export function summaryAsText(pack: TrafficLightPack, rows: readonly SummaryRow[], t: TFunction): string {
  const levels = levelsByRank(pack);
  const line = (tally: Record<string, number>) => levels.map((l) => `${l.label} ${tally[l.id] ?? 0}`).join(', ');
  return [
    t('training.summaryTitle'),
    ...rows.map((r) =>
      [`${r.title} — ${t('training.expected')} ${levelById(pack, r.expectedLevel).label}`, `  ${t('training.vote')}: ${line(r.votes)}`, Object.keys(r.secondVotes).length ? `  ${t('training.secondVote')}: ${line(r.secondVotes)}` : ''].filter(Boolean).join('\n'),
    ),
  ].join('\n\n');
}

export function Summary({ pack, scenarios, state, mode, onRestart }: { pack: TrafficLightPack; scenarios: readonly Scenario[]; state: SessionState; mode: 'presenter' | 'practice'; onRestart: () => void }) {
  const t = useT();
  const rows = summary(state, scenarios);
  const [done, setDone] = useState('');
  const levels = levelsByRank(pack);
  const practice = score(state, scenarios);
  const exportCsv = async () => {
    const labels = { scenario: t('training.scenario'), engineLevel: t('training.csv.engineLevel'), level: t('training.csv.level'), votes: t('training.vote'), secondVotes: t('training.secondVote') };
    const file = `training-votes-${new Date().toISOString().slice(0, 10)}.csv`;
    await deliver(file, 'text/csv', votesAsCsv(rows, levels, labels));
    setDone(t('training.csv.exported', { file }));
  };
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('training.summaryTitle')}</h2>
      {mode === 'practice' ? (
        <p class="score" role="status">
          {t('training.score', { correct: practice.correct, total: practice.total })}
        </p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('training.summaryTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.scenario')}</th>
              <th scope="col">{t('training.expected')}</th>
              {levels.map((l) => (
                <th scope="col" key={l.id}>
                  <LevelBadge level={l} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                <td>
                  <LevelBadge level={levelById(pack, r.expectedLevel)} />
                </td>
                {levels.map((l) => (
                  <td key={l.id}>{r.votes[l.id] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="session-controls">
        <button type="button" onClick={() => window.print()}>
          {t('training.print')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(summaryAsText(pack, rows, t)).then(() => setDone(t('training.copied')));
          }}
        >
          {t('training.copy')}
        </button>
        {mode === 'presenter' ? (
          <button type="button" class="secondary" onClick={() => void exportCsv()}>
            {t('training.csv.export')}
          </button>
        ) : null}
        <button type="button" class="secondary" onClick={onRestart}>
          {t('training.restart')}
        </button>
      </div>
      <p role="status">{done}</p>
    </section>
  );
}
