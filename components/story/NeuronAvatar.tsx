/** The narrator: a small amber nerve cell with dendrites, drawn once and reused. */
export function NeuronAvatar({ size = 48 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <g stroke="#b86b14" strokeWidth="3" strokeLinecap="round" fill="none">
        <path d="M12 14 L20 22 M8 26 L18 28 M14 44 L21 38" />
        <path d="M44 40 L56 52 M52 46 L58 44" />
      </g>
      <circle cx="32" cy="31" r="16" fill="var(--neuron)" stroke="#b86b14" strokeWidth="2.5" />
      <circle cx="26.5" cy="29" r="2.6" fill="#2a2420" />
      <circle cx="37.5" cy="29" r="2.6" fill="#2a2420" />
      <circle cx="27.3" cy="28.1" r="0.9" fill="#fff" />
      <circle cx="38.3" cy="28.1" r="0.9" fill="#fff" />
      <path d="M27 36 Q32 40 37 36" stroke="#2a2420" strokeWidth="2" fill="none" strokeLinecap="round" />
      <circle cx="22.5" cy="35" r="2.4" fill="#f07b5a" opacity="0.55" />
      <circle cx="41.5" cy="35" r="2.4" fill="#f07b5a" opacity="0.55" />
    </svg>
  );
}
