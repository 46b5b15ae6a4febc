// What reading a picture gives: its text, each word with its box, in the original picture's pixels.
import type { Finding } from '../scanner/types';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageWord {
  text: string;
  /** Offsets of the word in `ImageText.text`. */
  start: number;
  end: number;
  /** Tesseract's confidence, 0 to 100. */
  confidence: number;
  box: Box;
}

export interface ImageText {
  /** The words read, a line of the picture per line of text, words separated by one space. */
  text: string;
  words: ImageWord[];
  /** The original picture's size (after its EXIF orientation): the boxes are in these pixels. */
  width: number;
  height: number;
}

/** A scanner finding of a picture's text, with the boxes of the words that hold it. */
export interface ImageFinding extends Finding {
  boxes: Box[];
}

/** Why a picture could not be read: corrupt, too large, not a picture. Shown to the editor as is. */
export class UnreadableImageError extends Error {
  readonly unreadable = true;
}

export const isUnreadable = (error: unknown): error is UnreadableImageError =>
  typeof error === 'object' && error !== null && (error as { unreadable?: unknown }).unreadable === true;
