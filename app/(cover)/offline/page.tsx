import type { Metadata } from 'next';
import { NotFoundView } from '@/components/chrome/NotFoundView';

export const metadata: Metadata = { title: '离线 · Offline · 神经元物语 · Neuron Story', robots: { index: false } };

/** Kept by the service worker, which shows it offline in place of any page it does not keep. */
export default function OfflinePage() {
  return <NotFoundView kind="offline" />;
}
