/** The deck's button glyphs, drawn (a font may lack the symbols), in the text colour. */
const paths = {
  previous: 'M15 5 8 12l7 7',
  next: 'M9 5l7 7-7 7',
  overview: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
  presenter: 'M3 5h12v9H3zM17 8h4v9H9v-1M7 18h4',
  black: 'M4 5h16v14H4z',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  handout: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  help: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17.5v.5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill={name === 'black' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[name]} />
    </svg>
  );
}
