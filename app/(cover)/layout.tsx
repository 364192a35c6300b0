import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import '../globals.css';
import { ThemeScript } from '@/components/ThemeScript';
import { ServiceWorker } from '@/components/ServiceWorker';

export const metadata: Metadata = {
  title: '神经元物语 · Neuron Story',
  description: 'An artificial neuron tells how it learned its job — an interactive book in 中文 and English.',
  icons: { icon: '/favicon.svg' },
};

/** The cover speaks both languages; each Chinese block carries its own lang attribute. */
export default function CoverLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
