// Reads what the graph canvas shows: counts pixels of given colours in a screenshot, decoded by the browser itself.
import type { Page } from 'playwright-core';

/** Pixels per named colour (within a tolerance), plus how many pixels are not background. */
export type ColourCounts = Record<string, number> & { nonBackground: number };

/** Screenshots #graph with the overlays (legend, status, layout control) hidden and counts matching pixels. */
export async function graphColours(page: Page, colours: Record<string, string>, { tolerance = 10, around }: { tolerance?: number; around?: 'centre' } = {}): Promise<ColourCounts> {
  await page.mouse.move(1, 1); // no hover highlight
  await page.evaluate(() => {
    document.body.classList.add('hide-overlays');
    if (!document.getElementById('hide-overlays-style')) {
      const style = document.createElement('style');
      style.id = 'hide-overlays-style';
      style.textContent = 'body.hide-overlays .stage > :not(#graph) { visibility: hidden !important; }';
      document.head.append(style);
    }
  });
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('#graph is not displayed');
  // `around: 'centre'`: a 14×14 px square at the middle of the canvas, where a centred node is drawn
  const clip = around === 'centre' ? { x: box.x + box.width / 2 - 7, y: box.y + box.height / 2 - 7, width: 14, height: 14 } : box;
  const png = await page.screenshot({ clip });
  await page.evaluate(() => document.body.classList.remove('hide-overlays'));
  return countColours(page, png, colours, tolerance);
}

/** Decodes a PNG in the page and counts pixels near each colour; "background" is white or transparent. */
export async function countColours(page: Page, png: Buffer, colours: Record<string, string>, tolerance = 10): Promise<ColourCounts> {
  return page.evaluate(
    async ({ data, colours, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const pixels = g.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = Object.entries(colours).map(([name, hex]) => [name, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
      const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
      let nonBackground = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, gr, b, a] = [pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]];
        if (a > 0 && (r < 245 || gr < 245 || b < 245)) nonBackground++;
        for (const [name, tr, tg, tb] of targets) {
          if (Math.abs(r - tr) <= tolerance && Math.abs(gr - tg) <= tolerance && Math.abs(b - tb) <= tolerance) counts[name]++;
        }
      }
      return { ...counts, nonBackground } as Record<string, number> & { nonBackground: number };
    },
    { data: png.toString('base64'), colours, tolerance },
  );
}

/** Dark pixels (text: every channel below 100) inside each box of a PNG, decoded in the page; boxes in PNG pixels. */
export async function darkPixelsIn(page: Page, png: Buffer, boxes: { x: number; y: number; width: number; height: number }[]): Promise<number[]> {
  return page.evaluate(
    async ({ data, boxes }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return boxes.map((b) => {
        const x = Math.max(0, Math.floor(b.x));
        const y = Math.max(0, Math.floor(b.y));
        const w = Math.min(canvas.width - x, Math.ceil(b.width));
        const h = Math.min(canvas.height - y, Math.ceil(b.height));
        if (w <= 0 || h <= 0) return 0;
        const pixels = g.getImageData(x, y, w, h).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] < 100 && pixels[i + 1] < 100 && pixels[i + 2] < 100) dark++;
        return dark;
      });
    },
    { data: png.toString('base64'), boxes },
  );
}
