import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import '../../src/i18n';
import { AppStatus } from '../../src/app/AppStatus';
import { isIosSafari, startPwa } from '../../src/core/pwa';

startPwa();

describe('AppStatus', () => {
  it('offers "Install app" when Chromium says the app can be installed, and prompts on click', async () => {
    render(<AppStatus />);
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
    const prompt = vi.fn(() => Promise.resolve());
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Install app' }));
    expect(prompt).toHaveBeenCalledOnce();
    await act(() => Promise.resolve());
    expect(screen.queryByRole('button', { name: 'Install app' })).toBeNull();
  });

  it('shows an "Offline" status while the device has no network', () => {
    render(<AppStatus />);
    expect(screen.queryByRole('status', { name: 'Offline' })).toBeNull();
    act(() => void window.dispatchEvent(new Event('offline')));
    expect(screen.getByRole('status', { name: 'Offline' }).textContent).toBe('Offline');
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.queryByRole('status', { name: 'Offline' })).toBeNull();
  });

  it('recognises iOS Safari, which needs Share → Add to Home Screen', () => {
    const ua = vi.spyOn(navigator, 'userAgent', 'get');
    ua.mockReturnValue('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1');
    expect(isIosSafari()).toBe(true);
    render(<AppStatus />);
    expect(screen.getByText(/tap Share, then Add to Home Screen/)).toBeTruthy();
    ua.mockReturnValue('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36');
    expect(isIosSafari()).toBe(false);
    ua.mockRestore();
  });
});
