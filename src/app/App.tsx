/** The shell: skip link, header with the fixed Urgent button, and routes. Only /classify is eager; the rest load when visited. */
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { useT } from '../i18n';
import { ClassifyPage } from '../triage/ClassifyPage';
import { AppStatus } from './AppStatus';
import { Header } from './Header';

const TablePage = lazy(() => import('../table/TablePage').then((m) => m.TablePage));
const ContinuumPage = lazy(() => import('../continuum/ContinuumPage').then((m) => m.ContinuumPage));
const AboutPage = lazy(() => import('../about/AboutPage').then((m) => m.AboutPage));
const SettingsPage = lazy(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));
const TrainingPage = lazy(() => import('../training/TrainingPage').then((m) => m.TrainingPage));
const NotesPage = lazy(() => import('../notes/NotesPage').then((m) => m.NotesPage));
const UrgentPage = lazy(() => import('../urgent/UrgentPage').then((m) => m.UrgentPage));
const NotFound = lazy(() => import('./NotFound').then((m) => m.NotFound));

export function App() {
  const t = useT();
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <AppStatus />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={ClassifyPage} />
            <Route path="/classify" component={ClassifyPage} />
            <Route path="/urgent" component={UrgentPage} />
            <Route path="/table" component={TablePage} />
            <Route path="/table/:band" component={TablePage} />
            <Route path="/continuum" component={ContinuumPage} />
            <Route path="/about" component={AboutPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/training" component={TrainingPage} />
            <Route path="/notes" component={NotesPage} />
            <Route path="/notes/:id" component={NotesPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </main>
    </LocationProvider>
  );
}
