'use client';

import { useEffect } from 'react';

/** Registers the service worker that keeps the book readable offline (production builds, unless built with NEXT_PUBLIC_SERVICE_WORKER=off). */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    if (process.env.NEXT_PUBLIC_SERVICE_WORKER === 'off') {
      // built with the worker turned off: remove one an earlier build installed
      navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => void registration.unregister()), () => undefined);
      return;
    }
    // After the page has loaded and settled, so keeping the book never slows the first read.
    const register = () =>
      window.setTimeout(() => {
        navigator.serviceWorker.register('/sw.js').catch(() => {
          // Offline reading is a bonus; the book works without it.
        });
      }, 1500);
    if (document.readyState === 'complete') {
      const timer = register();
      return () => window.clearTimeout(timer);
    }
    window.addEventListener('load', register, { once: true });
    return () => window.removeEventListener('load', register);
  }, []);
  return null;
}
