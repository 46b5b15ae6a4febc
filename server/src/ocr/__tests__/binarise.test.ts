import { binarise } from '../binarise';

// A grey picture of `width` × `height` on `ground`, with rectangles painted on it: [x, y, w, h, shade].
const picture = (width: number, height: number, ground: number, shapes: number[][]) => {
  const data = new Uint8Array(width * height).fill(ground);
  for (const [x, y, w, h, shade] of shapes) {
    for (let row = y; row < y + h; row += 1) data.fill(shade, row * width + x, row * width + x + w);
  }
  return { data, width, height };
};

// Letter-sized strokes: 4 wide, 24 tall, 12 apart, in a row starting at (x, y).
const strokes = (x: number, y: number, shade: number, count = 6) =>
  Array.from({ length: count }, (_, i) => [x + i * 12, y, 4, 24, shade]);

const at = (out: Uint8Array, width: number, x: number, y: number) => out[y * width + x];

describe('binarise', () => {
  it('makes pale strokes on white ink, and the white around them paper', () => {
    const { data, width, height } = picture(200, 120, 250, strokes(40, 40, 180));
    const out = binarise({ data, width, height });
    expect(at(out, width, 42, 50)).toBe(0);
    expect(at(out, width, 48, 50)).toBe(255);
    expect(at(out, width, 150, 100)).toBe(255);
  });

  it('makes dark strokes on a mid-grey ground ink, and an even ground paper however dark', () => {
    const { data, width, height } = picture(200, 120, 90, strokes(40, 40, 30));
    const out = binarise({ data, width, height });
    expect(at(out, width, 42, 50)).toBe(0);
    expect(at(out, width, 48, 50)).toBe(255);
    // Far from the strokes the ground is even: paper, though darker than the threshold of a white page.
    expect(at(out, width, 180, 110)).toBe(255);
  });

  it('turns light strokes on a dark bar into ink on paper', () => {
    const { data, width, height } = picture(300, 160, 235, [
      [0, 30, 300, 80, 50],
      ...strokes(60, 58, 250, 12),
    ]);
    const out = binarise({ data, width, height });
    // A light stroke is ink; the bar between the strokes is paper.
    expect(at(out, width, 62, 70)).toBe(0);
    expect(at(out, width, 68, 70)).toBe(255);
  });

  it('takes out a long ruled line and keeps the strokes that touch it', () => {
    const { data, width, height } = picture(300, 120, 245, [[10, 70, 280, 2, 120], ...strokes(40, 46, 60)]);
    const out = binarise({ data, width, height });
    // The rule, away from the strokes, is gone; a stroke standing on it is still ink above it.
    expect(at(out, width, 200, 70)).toBe(255);
    expect(at(out, width, 200, 71)).toBe(255);
    expect(at(out, width, 42, 60)).toBe(0);
  });

  it('takes out a vertical rule, and keeps its size in the original pixels when the picture is enlarged', () => {
    const { data, width, height } = picture(200, 300, 245, [[100, 70, 2, 150, 100], ...strokes(20, 100, 40)]);
    expect(at(binarise({ data, width, height }), width, 100, 140)).toBe(255);
    // At twice the size a rule must be twice as long: 150 pixels there is not one.
    expect(at(binarise({ data, width, height }, 2), width, 100, 140)).toBe(0);
  });
});
