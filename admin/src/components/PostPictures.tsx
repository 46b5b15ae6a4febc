import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { PostImage } from '../../../shared/contracts/compliance';
import type { ImageReadingResponse, WordBox } from '../../../shared/contracts/images';
import type { ReadingResult } from '../services/images';
import { useMessages } from '../services/messages';

/** A finding in one of the pictures, as the panel (quoted) and the review screen (inspected) both have it. */
export interface PictureFinding {
  path: string;
  fingerprint: string;
  reason: string;
  severity: 'block' | 'warn';
  overridden: boolean;
}

export interface PostPicturesProps {
  images: PostImage[];
  /** Each read picture's words and boxes, by file id (absent while loading). */
  readings: Record<number, ReadingResult>;
  findings: PictureFinding[];
  /** The widest a picture is drawn, in pixels. */
  maxWidth?: number;
}

const Frame = styled.div<{ $maxWidth: number }>`
  position: relative;
  max-width: ${({ $maxWidth }) => $maxWidth}px;
  line-height: 0;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: 4px;
  overflow: hidden;
`;

const Picture = styled.img`
  display: block;
  width: 100%;
  height: auto;
`;

// The boxes are drawn in the picture's own pixels (the SVG's viewBox) and scale with the image.
const Boxes = styled.svg`
  position: absolute;
  inset: 0;
  width: 100%;
  height: 100%;
  pointer-events: none;
`;

const Mark = styled.rect<{ $severity: 'block' | 'warn' }>`
  fill: ${({ theme, $severity }) =>
    $severity === 'block' ? theme.colors.danger500 : theme.colors.warning500};
  fill-opacity: 0.12;
  stroke: ${({ theme, $severity }) =>
    $severity === 'block' ? theme.colors.danger600 : theme.colors.warning600};
  stroke-width: 2px;
  vector-effect: non-scaling-stroke;
`;

const Disclosure = styled.details`
  summary {
    cursor: pointer;
    color: ${({ theme }) => theme.colors.primary600};
    font-size: 1.3rem;
  }
`;

const TextRead = styled.p`
  margin-top: 8px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: 1.3rem;
  line-height: 1.5;
`;

const capitalised = (sentence: string) => `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;

/** The boxes of the words that hold patient information (the off-limits lexicon is not drawn). */
const marksOf = (reading: ImageReadingResponse) =>
  reading.findings
    .filter((finding) => finding.category !== 'lexicon')
    .flatMap((finding) => finding.boxes.map((box) => ({ box, severity: finding.severity })));

/** A word's box with a margin of a sixth of its height, so the stroke frames the letters, not covers them. */
const around = (box: WordBox): WordBox => {
  const margin = Math.max(2, Math.round(box.height / 6));
  return {
    x: box.x - margin,
    y: box.y - margin,
    width: box.width + 2 * margin,
    height: box.height + 2 * margin,
  };
};

const BoxesOver = ({ reading }: { reading: ImageReadingResponse }) => {
  const marks = marksOf(reading);
  if (!reading.width || !reading.height || marks.length === 0) return null;
  return (
    <Boxes
      viewBox={`0 0 ${reading.width} ${reading.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
      data-testid="picture-boxes"
    >
      {marks.map(({ box, severity }, index) => {
        const { x, y, width, height } = around(box);
        return <Mark key={index} x={x} y={y} width={width} height={height} $severity={severity} />;
      })}
    </Boxes>
  );
};

/** A quiet status line with a spinner (the design system's Loader would announce itself as an alert). */
const Waiting = ({ label }: { label: string }) => (
  <Flex gap={2} role="status">
    <Box aria-hidden="true">
      <Loader small>{label}</Loader>
    </Box>
    <Typography variant="omega">{label}</Typography>
  </Flex>
);

const ReadingState = ({
  image,
  result,
  findings,
}: {
  image: PostImage;
  result?: ReadingResult;
  findings: PictureFinding[];
}) => {
  const { t } = useMessages();
  if (image.status === 'pending' || (result && 'reading' in result && result.reading.status === 'pending')) {
    return <Waiting label={t('pictures.reading')} />;
  }
  if (image.status === 'failed') {
    return (
      <Typography variant="omega" textColor="danger600" tag="p">
        {t('pictures.failed', { reason: image.reason ?? t('common.unknown') })}
      </Typography>
    );
  }
  if (!result) {
    return <Waiting label={t('pictures.loading')} />;
  }
  if ('error' in result) {
    return (
      <Typography variant="omega" textColor="danger600" tag="p">
        {t('pictures.loadError', { error: result.error })}
      </Typography>
    );
  }
  const { reading } = result;
  if (reading.status === 'failed') {
    return (
      <Typography variant="omega" textColor="danger600" tag="p">
        {t('pictures.failed', { reason: reading.reason ?? t('common.unknown') })}
      </Typography>
    );
  }
  if (reading.words.length === 0 && !reading.text.trim()) {
    return (
      <Typography variant="omega" textColor="neutral700" tag="p">
        {t('pictures.noText')}
      </Typography>
    );
  }
  const marked = marksOf(reading).length;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {findings.length ? (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
          {findings.map((finding) => (
            <Typography
              tag="li"
              key={finding.fingerprint}
              variant="omega"
              textColor={finding.severity === 'block' && !finding.overridden ? 'danger600' : 'neutral800'}
            >
              {capitalised(finding.reason)}
              {finding.overridden ? ` (${t('pictures.overridden')})` : ''}
            </Typography>
          ))}
        </Flex>
      ) : (
        <Typography variant="omega" textColor="neutral700" tag="p">
          {t('pictures.clean')}
        </Typography>
      )}
      {marked ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('pictures.marked', { count: marked })}
        </Typography>
      ) : null}
      <Disclosure>
        <summary>{t('pictures.textRead')}</summary>
        <TextRead data-testid="picture-text">{reading.text}</TextRead>
      </Disclosure>
    </Flex>
  );
};

/**
 * The post's pictures as the reader of their text found them: each picture with boxes on the words that
 * hold patient information, the findings' sentences, and the words read; or why there are none yet.
 */
export const PostPictures = ({ images, readings, findings, maxWidth = 480 }: PostPicturesProps) => {
  const { t } = useMessages();
  if (images.length === 0) return null;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={4} data-testid="post-pictures">
      {images.map((image) => {
        const result = readings[image.fileId];
        const reading = image.status === 'read' && result && 'reading' in result ? result.reading : null;
        const own = findings.filter((finding) => finding.path === image.path);
        return (
          <Box tag="li" key={image.path}>
            <Flex tag="figure" direction="column" alignItems="stretch" gap={2}>
              <Typography variant="omega" fontWeight="semiBold" tag="figcaption">
                {image.name}
              </Typography>
              {image.url ? (
                <Frame $maxWidth={maxWidth}>
                  <Picture
                    src={image.url}
                    alt={image.alternativeText ?? t('pictures.alt', { name: image.name })}
                  />
                  {reading ? <BoxesOver reading={reading} /> : null}
                </Frame>
              ) : null}
              <ReadingState image={image} result={result} findings={own} />
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
