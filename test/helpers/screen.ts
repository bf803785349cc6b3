/**
 * What the engine really painted in the viewport (a screenshot through the test runner's
 * `screenshot` command, scripts/wtr-commands.mjs), to read pixels from.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Screen {
  /** The colour at a point given in CSS pixels, as [red, green, blue]. */
  at(x: number, y: number): number[];
  /** Every pixel of a rectangle given in CSS pixels, as RGBA bytes. */
  region(rect: { left: number; top: number; width: number; height: number }): Uint8ClampedArray;
}

export async function screen(): Promise<Screen> {
  const png = await executeServerCommand<string, undefined>('screenshot');
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const scale = image.naturalWidth / innerWidth;
  return {
    at: (x, y) => [...context.getImageData(Math.floor(x * scale), Math.floor(y * scale), 1, 1).data.slice(0, 3)],
    region: ({ left, top, width, height }) =>
      context.getImageData(Math.round(left * scale), Math.round(top * scale), Math.round(width * scale), Math.round(height * scale)).data,
  };
}
