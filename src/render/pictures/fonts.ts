// The fonts every picture is drawn with: DejaVu Sans from the dejavu-fonts-ttf package, loaded by path with
// system fonts off, so every machine draws the same picture. Its wide coverage (Latin, Greek, Cyrillic,
// Armenian, Georgian, Hebrew, part of Arabic) fits the names news carries; other scripts draw as boxes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontMetrics, type FontMetrics } from './fontMetrics.js';

export const FONT_FAMILY = 'DejaVu Sans';

const require = createRequire(import.meta.url);
const fontPath = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

export interface Fonts {
  /** Files the rasteriser loads. */
  files: string[];
  regular: FontMetrics;
  bold: FontMetrics;
}

let loaded: Fonts | null = null;

/** The fonts, read once on first use. */
export function fonts(): Fonts {
  if (!loaded) {
    const regular = fontPath('DejaVuSans.ttf');
    const bold = fontPath('DejaVuSans-Bold.ttf');
    loaded = { files: [regular, bold], regular: fontMetrics(readFileSync(regular)), bold: fontMetrics(readFileSync(bold)) };
  }
  return loaded;
}
