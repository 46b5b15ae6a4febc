import { layOut, type TesseractWord } from '../layout';
import { scanImageText } from '../image-findings';

const word = (text: string, x0: number, y0: number, confidence = 90): TesseractWord => ({
  text,
  confidence,
  bbox: { x0, y0, x1: x0 + text.length * 20, y1: y0 + 30 },
});

const page = (lines: TesseractWord[][]) => ({
  blocks: [{ paragraphs: [{ lines: lines.map((words) => ({ words })) }] }],
});

describe('layOut', () => {
  it('puts each line of the picture on a line of text and keeps every word’s place and box', () => {
    const text = layOut(
      page([
        [word('Bed', 100, 100), word('4', 180, 100), word('Maria', 220, 100), word('Gonzalez', 340, 100)],
        [word('DOB', 100, 150), word('03/14/1962', 200, 150)],
      ]),
      { width: 1080, height: 1080 },
    );
    expect(text.text).toBe('Bed 4 Maria Gonzalez | DOB 03/14/1962');
    for (const read of text.words) expect(text.text.slice(read.start, read.end)).toBe(read.text);
    expect(text.words[2].box).toEqual({ x: 220, y: 100, width: 100, height: 30 });
  });

  it('gives boxes in the original’s pixels when the picture was enlarged to be read', () => {
    const text = layOut(page([[word('MRN', 200, 300)]]), { width: 540, height: 540, scale: 2 });
    expect(text.words[0].box).toEqual({ x: 100, y: 150, width: 30, height: 15 });
    expect(text.width).toBe(540);
  });

  it('turns boxes back when Tesseract straightened the picture (rotateAuto)', () => {
    // Measured: "Alpha" at (57,225)-(166,267) in a picture turned 8°, at (102,168)-(211,207) once straightened.
    const straightened = { ...page([[word('Alpha', 102, 168)]]), rotateRadians: 0.142 };
    straightened.blocks[0].paragraphs[0].lines[0].words[0].bbox = { x0: 102, y0: 168, x1: 211, y1: 207 };
    const [alpha] = layOut(straightened, { width: 1080, height: 1080 }).words;
    const centre = { x: alpha.box.x + alpha.box.width / 2, y: alpha.box.y + alpha.box.height / 2 };
    expect(Math.abs(centre.x - (57 + 166) / 2)).toBeLessThan(4);
    expect(Math.abs(centre.y - (225 + 267) / 2)).toBeLessThan(4);
  });

  it('drops guesses at smudges: words of low confidence or without a letter or digit', () => {
    const text = layOut(page([[word('|', 10, 10), word('Ward', 40, 10), word('xq', 120, 10, 12)]]), {
      width: 100,
      height: 100,
    });
    expect(text.text).toBe('Ward');
  });

  it('reads an empty page as no text', () => {
    expect(layOut({ blocks: null }, { width: 10, height: 10 })).toEqual({
      text: '',
      words: [],
      width: 10,
      height: 10,
    });
  });
});

describe('scanImageText', () => {
  const board = layOut(
    page([
      [word('Bed', 100, 100), word('4', 180, 100), word('Maria', 220, 100), word('Gonzalez', 340, 100)],
      [word('Switchboard', 100, 150), word('541-555-0100', 340, 150)],
    ]),
    { width: 1080, height: 1080 },
  );

  it('finds a patient’s name with the boxes of the words that hold it', () => {
    const [name, ...rest] = scanImageText(board, { allow: { phones: ['541-555-0100'] } });
    expect(rest).toEqual([]);
    expect(name).toMatchObject({ category: 'name', text: 'Maria Gonzalez', severity: 'block' });
    expect(name.boxes).toEqual([
      { x: 220, y: 100, width: 100, height: 30 },
      { x: 340, y: 100, width: 160, height: 30 },
    ]);
  });

  it('reports the organisation’s number only when the allow list does not hold it: the same scanner', () => {
    const findings = scanImageText(board, {});
    expect(findings.map((finding) => finding.category)).toContain('phone');
  });
});
