// A picture file opened as a 16 × 16 drawing, decoded and scaled in the page (nothing is sent anywhere).
import { PICTURE_BYTES, PICTURE_SIDE, greyPixels } from '@/lib/playground/drawings';
import { SIDE } from '@/lib/playground/model';

/** Why a file did not become a drawing. */
export type PictureProblem = { kind: 'too-big'; bytes: number } | { kind: 'not-image' } | { kind: 'too-wide'; width: number; height: number };

/**
 * The file's picture fitted (aspect kept, centred on black) into SIDE × SIDE grey levels. It
 * is halved step by step first (each bilinear halving averages 2 × 2 pixels): one bilinear step
 * from a photo to 16 pixels would read only a few of its pixels.
 */
export async function openPicture(file: File): Promise<{ pixels: number[] } | { problem: PictureProblem }> {
  if (file.size > PICTURE_BYTES) return { problem: { kind: 'too-big', bytes: file.size } };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { problem: { kind: 'not-image' } };
  }
  const { width, height } = bitmap;
  if (width > PICTURE_SIDE || height > PICTURE_SIDE || width === 0 || height === 0) {
    bitmap.close();
    return width === 0 || height === 0 ? { problem: { kind: 'not-image' } } : { problem: { kind: 'too-wide', width, height } };
  }
  let source: CanvasImageSource = bitmap;
  let [w, h] = [width, height];
  while (Math.max(w, h) > 2 * SIDE) {
    [w, h] = [Math.max(1, Math.round(w / 2)), Math.max(1, Math.round(h / 2))];
    const half = document.createElement('canvas');
    [half.width, half.height] = [w, h];
    half.getContext('2d')!.drawImage(source, 0, 0, w, h);
    source = half;
  }
  const out = document.createElement('canvas');
  out.width = out.height = SIDE;
  const ctx = out.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, SIDE, SIDE);
  const scale = SIDE / Math.max(w, h);
  ctx.drawImage(source, (SIDE - w * scale) / 2, (SIDE - h * scale) / 2, w * scale, h * scale);
  bitmap.close();
  return { pixels: greyPixels(ctx.getImageData(0, 0, SIDE, SIDE).data) };
}
