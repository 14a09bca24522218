// SVG to PNG with resvg, on libuv's thread pool (renderAsync), so the thread that answers Discord keeps
// going while a picture is drawn. Only the fonts Byline ships are loaded; system fonts stay off.
import { renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, fonts } from './fonts.js';

export async function rasterise(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { fontFiles: fonts().files, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
    // the SVG never refers to anything outside itself; nothing else is fetched or read
    logLevel: 'off',
  });
  return image.asPng();
}
