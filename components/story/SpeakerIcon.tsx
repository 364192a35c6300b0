/**
 * The office loudspeaker, as a small inline icon (an emoji would be an empty box where no
 * colour-emoji font is installed, as on many school machines). `waves`: 1 for a voice, 3 for
 * the ceiling's announcement.
 */
export function SpeakerIcon({ waves = 2, size = 18 }: { waves?: number; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" style={{ verticalAlign: '-0.2em', flex: 'none' }}>
      <path d="M3 9h4l6-4.5v15L7 15H3z" fill="currentColor" />
      {Array.from({ length: waves }, (_, i) => (
        <path key={i} d={`M${16 + i * 2.5} ${8.5 - i * 2} q${2.5 + i} ${3.5 + i * 2} 0 ${7 + i * 4}`} stroke="currentColor" strokeWidth="1.8" fill="none" strokeLinecap="round" />
      ))}
    </svg>
  );
}
