// The dense diagram's own thread (DenseDiagram.tsx): it holds the diagram's canvas, handed over
// with transferControlToOffscreen, and draws each scene posted to it, so the page's main thread
// neither builds the paths nor rasterises them. Bundled by Next.js through
// new Worker(new URL('./denseWorker.ts', import.meta.url), { type: 'module' }).
import { drawDense, type DenseMessage } from './drawDense';

const scope = self as unknown as { onmessage: ((event: MessageEvent<DenseMessage>) => void) | null };
let canvas: OffscreenCanvas | null = null;

scope.onmessage = ({ data }) => {
  if (data?.type === 'canvas' && data.canvas instanceof OffscreenCanvas) canvas = data.canvas;
  else if (data?.type === 'draw' && canvas && data.scene?.weights instanceof Float64Array) drawDense(canvas, data.scene);
};
