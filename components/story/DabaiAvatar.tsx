/** Dabai (大白), the veteran at the next desk: round, white, glasses, a loosened tie. */
export function DabaiAvatar({ size = 48 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <ellipse cx="32" cy="36" rx="22" ry="21" fill="var(--dabai)" stroke="var(--dabai-edge)" strokeWidth="2.5" />
      <path d="M29 55 L32 46 L35 55 Z" fill="#2a6db5" />
      <g stroke="#2a2420" strokeWidth="2" fill="none">
        <circle cx="24.5" cy="31" r="5.2" />
        <circle cx="39.5" cy="31" r="5.2" />
        <path d="M29.7 31 L34.3 31" />
      </g>
      <circle cx="24.5" cy="31" r="1.9" fill="#2a2420" />
      <circle cx="39.5" cy="31" r="1.9" fill="#2a2420" />
      <path d="M27 41 Q32 44.5 37 41" stroke="#2a2420" strokeWidth="2" fill="none" strokeLinecap="round" />
      <path d="M20 19 Q32 11 44 19" stroke="var(--dabai-edge)" strokeWidth="2" fill="none" strokeLinecap="round" />
    </svg>
  );
}
