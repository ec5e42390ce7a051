/**
 * Trusted Types: the CSP allows one policy, "default", which lets only same-origin script URLs through
 * (the service worker registration needs one) and refuses every HTML or script string.
 */
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string; createHTML?: (s: string) => string; createScript?: (s: string) => string }): unknown;
}

export function installTrustedTypesPolicy(): void {
  const factory = (window as Window & { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL: (url) => {
      const parsed = new URL(url, location.href);
      if (parsed.origin !== location.origin) throw new TypeError(`Blocked script URL from another origin: ${parsed.origin}`);
      return parsed.href;
    },
  });
}
