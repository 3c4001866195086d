// Rasterises our SVG charts on the server with resvg (a prebuilt native package: no browser, no build
// step). Text uses DejaVu Sans from the dejavu-fonts-ttf package, never the system's fonts, so the picture
// is the same on every machine, including a bare server with no fonts at all.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT_FILE = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/** PNG bytes of an SVG; `scale` 2 gives a sharp picture on phones. */
export function svgToPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILE, BOLD_FONT_FILE], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#FFFFFF',
  });
  return resvg.render().asPng();
}
