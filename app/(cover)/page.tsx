import { chapterIndex } from '@/lib/content/chapters';
import { Cover } from '@/components/cover/Cover';
import { ThemeToggle } from '@/components/ThemeToggle';

export default function CoverPage() {
  return (
    <>
      <div style={{ position: 'absolute', top: '0.75rem', right: '0.75rem' }}>
        <ThemeToggle lang="en" />
      </div>
      <Cover index={chapterIndex()} />
    </>
  );
}
