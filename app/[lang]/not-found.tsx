import { NotFoundView } from '@/components/chrome/NotFoundView';

/** A missing chapter, in the reader's language (read from the address on the client). */
export default function NotFound() {
  return <NotFoundView />;
}
