import { screen, within } from '@testing-library/react';
import axe from 'axe-core';

import { renderAdmin } from '../../../tests/render';
import { wardBoard } from '../../../tests/ward-board';
import { PostPictures, type PictureFinding } from '../PostPictures';
import type { ImageReadingResponse } from '../../../../shared/contracts/images';

const box = (x: number, y: number) => ({ x, y, width: 120, height: 40 });

const reading = (overrides: Partial<ImageReadingResponse> = {}): ImageReadingResponse => ({
  fileId: 7,
  name: 'ward-board.png',
  status: 'read',
  width: 1080,
  height: 720,
  text: 'Bed 4 | Patient: Maria Gonzalez | MRN RH-4471203\nHuddle <b>07:30</b>',
  words: [
    { text: 'Maria', confidence: 93, box: box(300, 100) },
    { text: 'Gonzalez', confidence: 91, box: box(430, 100) },
    { text: 'RH-4471203', confidence: 88, box: box(300, 160) },
  ],
  reason: null,
  findings: [
    {
      category: 'name',
      text: 'Maria Gonzalez',
      severity: 'block',
      reason: "a person's name",
      boxes: [box(300, 100), box(430, 100)],
    },
    {
      category: 'mrn',
      text: 'RH-4471203',
      severity: 'block',
      reason: 'a record number',
      boxes: [box(300, 160)],
    },
    {
      category: 'lexicon',
      text: 'Huddle',
      severity: 'warn',
      reason: 'an off-limits topic',
      boxes: [box(10, 10)],
    },
  ],
  ...overrides,
});

const findings: PictureFinding[] = [
  {
    path: 'media.0',
    fingerprint: 'f-name',
    reason: 'the image ward-board.png shows a patient name (Maria G…)',
    severity: 'block',
    overridden: false,
  },
  {
    path: 'media.0',
    fingerprint: 'f-mrn',
    reason: 'the image ward-board.png shows a record number (RH-4471…)',
    severity: 'block',
    overridden: true,
  },
  // A finding of the post's text: not this picture's.
  { path: 'body', fingerprint: 'f-body', reason: "a person's name", severity: 'block', overridden: false },
];

/** The status line that says `text` (the design system keeps live regions of its own). */
const statusSaying = (text: string) =>
  screen.getAllByRole('status').find((status) => status.textContent?.includes(text));

const seriousViolations = async (container: HTMLElement) => {
  // jsdom has no layout, so colour contrast is the browser suite's to judge; every other rule runs here.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
};

describe('PostPictures: where in the picture the patient information is', () => {
  it('draws a box on each word that holds patient information, in the picture’s own pixels, as decoration', () => {
    const { container } = renderAdmin(
      <PostPictures images={[wardBoard]} readings={{ 7: { reading: reading() } }} findings={findings} />,
    );
    const picture = screen.getByRole('img', { name: 'The picture ward-board.png' });
    expect(picture.getAttribute('src')).toBe('/uploads/ward_board.png');

    const boxes = screen.getByTestId('picture-boxes');
    // The viewBox is the picture's size, so the boxes scale with the image as it is displayed.
    expect(boxes.getAttribute('viewBox')).toBe('0 0 1080 720');
    expect(boxes.getAttribute('preserveAspectRatio')).toBe('none');
    expect(boxes.getAttribute('aria-hidden')).toBe('true');
    const rects = [...container.querySelectorAll('[data-testid="picture-boxes"] rect')];
    // Two words of the name and the record number, each framed with a margin of a sixth of its height
    // (40 / 6 ≈ 7 pixels); the off-limits lexicon is not drawn.
    expect(
      rects.map((rect) => ['x', 'y', 'width', 'height'].map((name) => Number(rect.getAttribute(name)))),
    ).toEqual([
      [293, 93, 134, 54],
      [423, 93, 134, 54],
      [293, 153, 134, 54],
    ]);
    expect(screen.getByText('3 words with patient information marked on the picture.')).toBeTruthy();
  });

  it('says the finding’s sentence of this picture only, and which a reviewer let stand', () => {
    renderAdmin(
      <PostPictures images={[wardBoard]} readings={{ 7: { reading: reading() } }} findings={findings} />,
    );
    const list = within(screen.getByTestId('post-pictures'));
    expect(list.getByText('The image ward-board.png shows a patient name (Maria G…)')).toBeTruthy();
    expect(
      list.getByText('The image ward-board.png shows a record number (RH-4471…) (allowed by a reviewer)'),
    ).toBeTruthy();
    expect(list.queryByText("A person's name")).toBeNull();
  });

  it('gives the words read in a disclosure, as text (markup in a picture stays text)', async () => {
    const { user, container } = renderAdmin(
      <PostPictures images={[wardBoard]} readings={{ 7: { reading: reading() } }} findings={findings} />,
    );
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByText('Text read from this picture'));
    expect(details.open).toBe(true);
    expect(screen.getByTestId('picture-text').textContent).toBe(reading().text);
    expect(container.querySelector('b')).toBeNull();
  });

  it('uses the picture’s own alternative text when it has one', () => {
    renderAdmin(
      <PostPictures
        images={[{ ...wardBoard, alternativeText: 'The ward team at the morning huddle' }]}
        readings={{ 7: { reading: reading() } }}
        findings={[]}
      />,
    );
    expect(screen.getByRole('img', { name: 'The ward team at the morning huddle' })).toBeTruthy();
    expect(screen.getByText('The text read in this picture holds no patient information.')).toBeTruthy();
  });

  it('says it is still reading a picture, and draws nothing on it yet', () => {
    renderAdmin(<PostPictures images={[{ ...wardBoard, status: 'pending' }]} readings={{}} findings={[]} />);
    expect(statusSaying('Reading the text in this picture, a few seconds…')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'The picture ward-board.png' })).toBeTruthy();
    expect(screen.queryByTestId('picture-boxes')).toBeNull();
    expect(screen.queryByText('Text read from this picture')).toBeNull();
  });

  it('says a picture could not be read, with the reason', () => {
    renderAdmin(
      <PostPictures
        images={[{ ...wardBoard, status: 'failed', reason: 'the picture has more than 40000000 pixels' }]}
        readings={{}}
        findings={[]}
      />,
    );
    expect(
      screen.getByText(
        'This picture could not be read (the picture has more than 40000000 pixels), so nobody has checked it for patient information.',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('picture-boxes')).toBeNull();
  });

  it('says when a picture holds no text', () => {
    renderAdmin(
      <PostPictures
        images={[wardBoard]}
        readings={{ 7: { reading: reading({ text: '', words: [], findings: [] }) } }}
        findings={[]}
      />,
    );
    expect(screen.getByText('No text was found in this picture.')).toBeTruthy();
    expect(screen.queryByTestId('picture-boxes')).toBeNull();
  });

  it('says the words are loading, then the server’s sentence if they could not be', () => {
    const { rerender } = renderAdmin(<PostPictures images={[wardBoard]} readings={{}} findings={[]} />);
    expect(statusSaying('Loading the words read in this picture…')).toBeTruthy();
    rerender(
      <PostPictures
        images={[wardBoard]}
        readings={{ 7: { error: 'There is no uploaded file 7.' } }}
        findings={[]}
      />,
    );
    expect(
      screen.getByText('The words read in this picture could not be loaded: There is no uploaded file 7.'),
    ).toBeTruthy();
  });

  it('shows nothing for a post without pictures', () => {
    const { container } = renderAdmin(<PostPictures images={[]} readings={{}} findings={[]} />);
    expect(container.textContent).toBe('');
  });

  it('speaks Spanish', () => {
    renderAdmin(
      <PostPictures
        images={[
          { ...wardBoard, status: 'pending' },
          { ...wardBoard, fileId: 8, path: 'media.1' },
        ]}
        readings={{ 8: { reading: reading() } }}
        findings={[]}
      />,
      { locale: 'es' },
    );
    expect(statusSaying('Leyendo el texto de esta imagen, unos segundos…')).toBeTruthy();
    expect(screen.getByText('Texto leído en esta imagen')).toBeTruthy();
    expect(screen.getAllByRole('img', { name: 'La imagen ward-board.png' })).toHaveLength(2);
  });

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violation in every state (%s)',
    async (theme) => {
      const { container } = renderAdmin(
        <PostPictures
          images={[
            wardBoard,
            { ...wardBoard, fileId: 8, path: 'media.1', status: 'pending' },
            { ...wardBoard, fileId: 9, path: 'media.2', status: 'failed', reason: 'the file is damaged' },
            { ...wardBoard, fileId: 10, path: 'attributions.0.media', name: 'logo.png' },
          ]}
          readings={{
            7: { reading: reading() },
            10: { reading: reading({ text: '', words: [], findings: [] }) },
          }}
          findings={findings}
        />,
        { theme },
      );
      expect(await seriousViolations(container)).toEqual([]);
    },
  );
});
