import type { Metadata } from 'next';
import './globals.css';
import { ThemeScript } from '@/components/ThemeScript';
import { NotFoundView } from '@/components/chrome/NotFoundView';

export const metadata: Metadata = { title: '404 · 神经元物语 · Neuron Story' };

/** Any address that matches no route: the message in the address's language first. */
export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <NotFoundView />
      </body>
    </html>
  );
}
