// A picture made black and white by its neighbourhoods (Sauvola's threshold, per tile): pale ink on white,
// dark ink on a mid-grey or unevenly lit ground, and light letters on a dark or coloured bar all come out
// black on white, and the long ruled lines of a table or a form, which break Tesseract's page layout and
// glue themselves to the letters they touch, are taken out. The third reading of a picture the first two
// read badly. Pure (raw pixels in, raw pixels out): no sharp, no Tesseract.

export interface GreyPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

// The neighbourhood a pixel's threshold is drawn from: tiles of TILE pixels (in the original's pixels), the
// threshold of a tile from the (2 × NEAR + 1)² tiles around it, about two letters wide and tall.
const TILE = 16;
const NEAR = 1;
// Whether the letters of a place are light on dark is judged over a wider neighbourhood: a bar and the
// letters on it, not a letter alone.
const POLARITY_NEAR = 3;
// Sauvola: threshold = mean × (1 + K × (deviation / RANGE − 1)).
const K = 0.2;
const RANGE = 128;
// A neighbourhood this even (its standard deviation, 0 to 255) holds no letters: it is white, whatever
// its shade (a wall, a gradient, JPEG noise).
const EVEN = 10;
// Light letters stand on a ground darker than this (a bar, a screen): a light panel on a dark wall, with
// dark letters on it, is brighter.
const DARK_GROUND = 150;
// A run of black this long, along a row or a column (in the original's pixels), is a ruled line, not a
// letter: no letter is this wide or tall at the sizes read.
const RULE = 90;

const INK = 0;
const PAPER = 255;
const RULED = 1;

/**
 * The picture in black (ink) and white (paper). `scale`: how much it was enlarged from the original, so
 * that the neighbourhoods and the ruled lines keep their size in the original's pixels.
 */
export function binarise({ data, width, height }: GreyPixels, scale = 1): Uint8Array {
  const tile = Math.max(4, Math.round(TILE * scale));
  const tilesX = Math.ceil(width / tile);
  const tilesY = Math.ceil(height / tile);
  const count = new Float64Array(tilesX * tilesY);
  const sum = new Float64Array(tilesX * tilesY);
  const squares = new Float64Array(tilesX * tilesY);
  const cubes = new Float64Array(tilesX * tilesY);
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / tile) * tilesX;
    for (let x = 0; x < width; x += 1) {
      const t = row + Math.floor(x / tile);
      const p = data[y * width + x];
      count[t] += 1;
      sum[t] += p;
      squares[t] += p * p;
      cubes[t] += p * p * p;
    }
  }
  // Per tile: the mean and deviation of its neighbourhood, and whether its letters are light.
  const mean = new Float64Array(tilesX * tilesY);
  const deviation = new Float64Array(tilesX * tilesY);
  const light = new Uint8Array(tilesX * tilesY);
  const around = (tx: number, ty: number, near: number) => {
    let n = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let y = Math.max(0, ty - near); y <= Math.min(tilesY - 1, ty + near); y += 1) {
      for (let x = Math.max(0, tx - near); x <= Math.min(tilesX - 1, tx + near); x += 1) {
        const t = y * tilesX + x;
        n += count[t];
        s1 += sum[t];
        s2 += squares[t];
        s3 += cubes[t];
      }
    }
    const m = s1 / n;
    const variance = Math.max(0, s2 / n - m * m);
    // The third central moment: positive when the few pixels that differ from the ground are lighter.
    const skew = s3 / n - 3 * m * (s2 / n) + 2 * m * m * m;
    return { m, sd: Math.sqrt(variance), skew };
  };
  for (let ty = 0; ty < tilesY; ty += 1) {
    for (let tx = 0; tx < tilesX; tx += 1) {
      const t = ty * tilesX + tx;
      const { m, sd } = around(tx, ty, NEAR);
      const wide = around(tx, ty, POLARITY_NEAR);
      mean[t] = m;
      deviation[t] = sd;
      light[t] = wide.skew > 0 && wide.m < DARK_GROUND ? 1 : 0;
    }
  }
  const out = new Uint8Array(width * height).fill(PAPER);
  for (let y = 0; y < height; y += 1) {
    // Mean and deviation are interpolated between the centres of the four nearest tiles, so that the
    // threshold has no steps at tile edges.
    const fy = Math.min(tilesY - 1, Math.max(0, (y + 0.5) / tile - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(tilesY - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(tilesX - 1, Math.max(0, (x + 0.5) / tile - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(tilesX - 1, x0 + 1);
      const wx = fx - x0;
      const a = y0 * tilesX + x0;
      const b = y0 * tilesX + x1;
      const c = y1 * tilesX + x0;
      const d = y1 * tilesX + x1;
      const sd =
        (deviation[a] * (1 - wx) + deviation[b] * wx) * (1 - wy) +
        (deviation[c] * (1 - wx) + deviation[d] * wx) * wy;
      if (sd < EVEN) continue;
      let m = (mean[a] * (1 - wx) + mean[b] * wx) * (1 - wy) + (mean[c] * (1 - wx) + mean[d] * wx) * wy;
      let p = data[y * width + x];
      const nearest = (wy < 0.5 ? (wx < 0.5 ? a : b) : wx < 0.5 ? c : d) as number;
      if (light[nearest]) {
        p = 255 - p;
        m = 255 - m;
      }
      if (p < m * (1 + K * (sd / RANGE - 1))) out[y * width + x] = INK;
    }
  }
  removeRules(out, width, height, Math.round(RULE * scale));
  return out;
}

/** Long runs of ink along rows and columns made paper: the ruled lines of tables, forms and cards. */
function removeRules(out: Uint8Array, width: number, height: number, rule: number): void {
  const inked = (i: number) => out[i] === INK || out[i] === RULED;
  // Marks the runs of at least `rule` inked pixels along each of `lines` lines of `length` pixels.
  const markRuns = (lines: number, length: number, at: (line: number, step: number) => number) => {
    for (let line = 0; line < lines; line += 1) {
      let step = 0;
      while (step < length) {
        if (!inked(at(line, step))) {
          step += 1;
          continue;
        }
        let end = step;
        while (end < length && inked(at(line, end))) end += 1;
        if (end - step >= rule) for (let i = step; i < end; i += 1) out[at(line, i)] = RULED;
        step = end;
      }
    }
  };
  markRuns(height, width, (y, x) => y * width + x);
  // A column's run counts the rows' ruled pixels as ink: a vertical line crossing a horizontal one is one line.
  markRuns(width, height, (x, y) => y * width + x);
  for (let i = 0; i < out.length; i += 1) if (out[i] === RULED) out[i] = PAPER;
}
