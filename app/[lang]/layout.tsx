import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import '../globals.css';
import { htmlLang, isLocale, locales, t } from '@/lib/i18n';
import { ThemeScript } from '@/components/ThemeScript';
import { ServiceWorker } from '@/components/ServiceWorker';

export const dynamicParams = false;

export const metadata: Metadata = { icons: { icon: '/favicon.svg' } };

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <html lang={htmlLang[lang]} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t(lang, 'skipToContent')}
        </a>
        {children}
        <ServiceWorker />
      </body>
    </html>
  );
}
