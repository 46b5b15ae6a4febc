// The demo's picture (and the browser test's): a ward's whiteboard behind a proud team, with a patient's
// name and record number on it, as happens in real photos. Drawn from SVG with sharp, so nothing binary
// is committed.
import sharp from 'sharp';

export const WARD_BOARD = {
  name: 'ward-7-whiteboard.png',
  alternativeText: 'The Ward 7 team in front of their whiteboard',
  patient: 'Maria Gonzalez',
  recordNumber: 'RH-4471203',
};

const LINES = [
  'Ward 7 - morning huddle',
  `Bed 4  ${WARD_BOARD.patient}`,
  `MRN ${WARD_BOARD.recordNumber}`,
  'Hand hygiene audit: 98%',
  'Well done team!',
];

const svg = (width: number, height: number) => {
  const text = LINES.map(
    (line, index) =>
      `<text x="150" y="${190 + index * 92}" font-family="DejaVu Sans" font-size="52" fill="${index === 0 ? '#8a1c1c' : '#1d3f91'}">${line}</text>`,
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#d9d4c7"/>
<g transform="rotate(-3 ${width / 2} ${height / 2})">
<rect x="90" y="90" width="${width - 180}" height="${height - 180}" rx="14" fill="#fbfbf7" stroke="#9c9a92" stroke-width="8"/>
${text}
</g>
</svg>`;
};

/** The whiteboard as a PNG of 1080 × 720 pixels. */
export const wardBoardPicture = (): Promise<Buffer> =>
  sharp(Buffer.from(svg(1080, 720)))
    .png()
    .toBuffer();
