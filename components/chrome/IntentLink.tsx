'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the book that fetches that page when the reader shows intent
 * (pointer over it, a finger on it, keyboard focus) instead of as soon as it is on screen.
 * A page shows several such links at load; fetching them all then competed with drawing
 * and starting the page itself.
 */
export function IntentLink({ href, ...props }: Omit<ComponentProps<typeof Link>, 'href' | 'prefetch' | 'onPointerEnter' | 'onTouchStart' | 'onFocus'> & { href: string }) {
  const router = useRouter();
  const fetchPage = () => router.prefetch(href);
  return <Link {...props} href={href} prefetch={false} onPointerEnter={fetchPage} onTouchStart={fetchPage} onFocus={fetchPage} />;
}
