// Reading the text in pictures (OCR): a bounded pool of Tesseract workers, and the scanner over what
// they read. Usable without Strapi (the CLI and the benchmark use it so).
export {
  createOcrPool,
  OcrQueueFullError,
  type OcrPool,
  type OcrPoolOptions,
  type OcrPoolStats,
} from './pool';
export { prepareImage } from './preprocess';
export { layOut } from './layout';
export { scanImageText } from './image-findings';
export { UnreadableImageError, isUnreadable } from './types';
export type { Box, ImageFinding, ImageText, ImageWord } from './types';
