/** For component tests of the notes page: the content packs served from disk, and the editor route opened on a note. */
import { render } from '@testing-library/preact';
import { LocationProvider, Route, Router } from 'preact-iso';
import { vi } from 'vitest';
import { FOLDER_INDEXES, shippedPackJson } from '../../../src/build/content-packs';
import { NotesPage } from '../../../src/notes/NotesPage';

/** The content packs from the app's own origin, as the build serves them: zod's parsed output, and folder indexes made as the build makes them. */
export function serveContentPacks(): void {
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace(/^\/content\//, '');
    const folder = /^en-GB\/(\w+)\/index\.json$/.exec(path)?.[1];
    return new Response(folder ? JSON.stringify(FOLDER_INDEXES[folder]!(`content/en-GB/${folder}`)) : shippedPackJson(`content/${path}`));
  });
}

/** Renders the notes page at /notes/:id, as the app's router would. */
export function openNoteRoute(id: string): void {
  history.replaceState(null, '', `/notes/${id}`);
  render(
    <LocationProvider>
      <Router>
        <Route path="/notes/:id" component={NotesPage} />
        <Route default component={() => null} />
      </Router>
    </LocationProvider>,
  );
}
