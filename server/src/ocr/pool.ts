// A few Tesseract workers (worker threads, WebAssembly) shared by every reading, with a bounded queue:
// memory and concurrency are fixed by config, and a full queue refuses work instead of growing.
import { createWorker, type Worker } from 'tesseract.js';

import { layOut, type TesseractPage } from './layout';
import { mergeReadings } from './merge';
import { prepareImage, type PreparedImage } from './preprocess';
import type { ImageText } from './types';

export interface OcrPoolOptions {
  workers: number;
  /** Tesseract language codes; each needs its `@tesseract.js-data/<code>` package installed. */
  languages: string[];
  maxPixels: number;
  /** Readings waiting for a worker; more are refused with `OcrQueueFullError`. */
  maxQueue: number;
  /** A folder holding `<code>.traineddata.gz` of every language; by default the language's npm package. */
  langPath?: string;
}

export class OcrQueueFullError extends Error {}

// A first reading is read again, flattened, when it holds few words or many it was unsure of: pale, small,
// blurred or unevenly lit text gives Tesseract fragments; a clear picture is read once.
const FEW_WORDS = 4;
const SURE = 60;
const UNSURE_SHARE = 0.2;
const MEAN_CONFIDENCE = 75;

export const readBadly = ({ words }: ImageText): boolean => {
  if (words.length < FEW_WORDS) return true;
  const mean = words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  const unsure = words.filter((word) => word.confidence < SURE).length / words.length;
  return mean < MEAN_CONFIDENCE || unsure > UNSURE_SHARE;
};

// A picture this much dark (a monitor, a screen, a dark room) is read again: its light text is lost in the
// first reading, and the second turns dark surroundings negative.
const DARK_PICTURE = 0.3;
// Tesseract reads letters best about this tall (a word's box, in pixels); a picture read badly is enlarged
// for its second reading, at most twice (a dark picture read well is not: its light text is big enough).
const READABLE_HEIGHT = 32;
const MOST_ENLARGED = 2;

/** How much to enlarge a picture so that the typical word of a reading is `READABLE_HEIGHT` tall. */
export const enlargementFor = ({ words }: ImageText, scale: number): number => {
  if (words.length === 0) return scale;
  const heights = words.map((word) => word.box.height).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)];
  return Math.max(scale, Math.min(MOST_ENLARGED, READABLE_HEIGHT / Math.max(1, typical)));
};

// A reading that leaves this share of the ink unread is read again (in black and white). A clear
// picture leaves its panel's edges and some grain: below a fifth on the development sets, a line left out
// on a weak picture a quarter and more.
const UNREAD_INK = 0.25;

/**
 * The share of a black-and-white picture's ink that lies outside every word a reading found (each word's
 * box widened by half its height): letters the reading left out, or grain.
 */
export const unreadInk = (picture: PreparedImage, { words }: ImageText): number => {
  const { ink, scale } = picture;
  if (!ink) return 0;
  const width = Math.round(picture.width * scale);
  const height = ink.length / width;
  const read = new Uint8Array(ink.length);
  for (const { box } of words) {
    const margin = box.height / 2;
    const x0 = Math.max(0, Math.floor((box.x - margin) * scale));
    const x1 = Math.min(width, Math.ceil((box.x + box.width + margin) * scale));
    const y0 = Math.max(0, Math.floor((box.y - margin) * scale));
    const y1 = Math.min(height, Math.ceil((box.y + box.height + margin) * scale));
    for (let y = y0; y < y1; y += 1) read.fill(1, y * width + x0, y * width + x1);
  }
  let all = 0;
  let outside = 0;
  for (let i = 0; i < ink.length; i += 1) {
    if (ink[i] !== 0) continue;
    all += 1;
    if (!read[i]) outside += 1;
  }
  return all ? outside / all : 0;
};

// Tesseract's page segmentation mode 11: sparse text, in no particular order.
const SPARSE_TEXT = '11';

export interface OcrPoolStats {
  workers: number;
  busy: number;
  queued: number;
  /** Milliseconds each worker took to start (load WebAssembly and the language model). */
  startMs: number[];
}

interface Job {
  image: Buffer;
  resolve: (text: ImageText) => void;
  reject: (error: unknown) => void;
}

/**
 * Where the language models are: the folder of their npm package (`@tesseract.js-data/eng`), so nothing
 * is downloaded at run time. Several languages need one folder holding every `<code>.traineddata.gz`.
 */
export const languageFolder = (languages: string[], langPath?: string): string => {
  if (langPath) return langPath;
  const folders = languages.map((code) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package is named by the config
      return (require(`@tesseract.js-data/${code}`) as { langPath: string }).langPath;
    } catch {
      throw new Error(
        `ocr.languages: the model for "${code}" is not installed; run npm install @tesseract.js-data/${code}`,
      );
    }
  });
  if (new Set(folders).size > 1) {
    throw new Error(
      `ocr.languages: ${languages.join(', ')} come from different packages; copy their .traineddata.gz files into one folder and set ocr.langPath to it`,
    );
  }
  return folders[0];
};

export function createOcrPool(options: OcrPoolOptions) {
  const idle: Worker[] = [];
  const queue: Job[] = [];
  const startMs: number[] = [];
  let started = 0;
  let busy = 0;
  let closed = false;

  const startWorker = async () => {
    const langPath = languageFolder(options.languages, options.langPath);
    const begin = performance.now();
    // OEM 1: the LSTM engine only. cacheMethod none: the model is read from the package, never written.
    const worker = await createWorker(options.languages, 1, { langPath, gzip: true, cacheMethod: 'none' });
    startMs.push(performance.now() - begin);
    return worker;
  };

  /**
   * One reading of a prepared picture. Tesseract reads it as one block of text (its API's default page
   * mode); `sparse`: as scattered text instead (mode 11, for this reading only), each line found on its own,
   * so that ink beside a line (a shape's edge, a ruled line) does not join it.
   */
  const readPrepared = async (
    worker: Worker,
    prepared: PreparedImage,
    sparse = false,
  ): Promise<ImageText> => {
    // rotateAuto: a photo is rarely square to its subject; Tesseract turns the page to its text lines.
    const { data } = await worker.recognize(
      prepared.png,
      // tesseract.js sets a Tesseract parameter given here for this recognition only.
      { rotateAuto: true, ...(sparse ? { tessedit_pageseg_mode: SPARSE_TEXT } : {}) } as never,
      { blocks: true, text: false },
    );
    return layOut(data as unknown as TesseractPage, prepared);
  };

  const blackAndWhite = (image: Buffer, scale: number) =>
    prepareImage(image, { maxPixels: options.maxPixels, binarise: true, scale });

  /**
   * The black-and-white picture read twice, as one block and as scattered text, each adding lines to what
   * was read before: the block reading finds a ruled table's rows, the sparse one a label's line that a
   * shape's edge beside it garbled in the block reading (tests/ocr: development, weak and held-out draws).
   */
  const addBlackAndWhite = async (worker: Worker, picture: PreparedImage, before: ImageText) => {
    const block = mergeReadings(before, await readPrepared(worker, picture), { keepFirst: true });
    return mergeReadings(block, await readPrepared(worker, picture, true), {
      keepFirst: true,
      sureLines: true,
    });
  };

  const recognise = async (worker: Worker, image: Buffer): Promise<ImageText> => {
    const prepared = await prepareImage(image, { maxPixels: options.maxPixels });
    const first = await readPrepared(worker, prepared);
    const weak = readBadly(first);
    if (!weak && prepared.darkShare < DARK_PICTURE) {
      // A reading can be sure of every word it found and still leave a line out (a pale name in a ruled
      // table, dark letters on the dark side of a grey ground): the picture in black and white shows
      // whether much of its ink lies outside the words found, and is read when it does.
      const picture = await blackAndWhite(image, prepared.scale);
      if (unreadInk(picture, first) < UNREAD_INK) return first;
      return addBlackAndWhite(worker, picture, first);
    }
    const scale = weak ? enlargementFor(first, prepared.scale) : prepared.scale;
    const second = await readPrepared(
      worker,
      await prepareImage(image, { maxPixels: options.maxPixels, flatten: true, scale }),
    );
    const merged = mergeReadings(first, second);
    // A picture still read badly, or whose ink is still much unread (ruled tables, light letters on a
    // coloured bar), is read a third time in black and white. That reading only adds lines: what the first
    // two read is kept as it is, so it cannot lose a word they found (tests/ocr/weak-pictures.js; replacing
    // the flattened reading by it read the weak set better but lost words on held-out scenes).
    const picture = await blackAndWhite(image, scale);
    if (!readBadly(merged) && unreadInk(picture, merged) < UNREAD_INK) return merged;
    return addBlackAndWhite(worker, picture, merged);
  };

  const next = () => {
    if (closed || queue.length === 0) return;
    const worker = idle.pop();
    if (!worker) {
      // Workers start when there is work, up to the configured number.
      if (started < options.workers) {
        started += 1;
        startWorker().then(
          (created) => {
            idle.push(created);
            next();
          },
          (error) => {
            started -= 1;
            for (const job of queue.splice(0)) job.reject(error);
          },
        );
      }
      return;
    }
    const job = queue.shift()!;
    busy += 1;
    recognise(worker, job.image)
      .then(job.resolve, job.reject)
      .finally(() => {
        busy -= 1;
        if (closed) void worker.terminate();
        else idle.push(worker);
        next();
      });
  };

  return {
    /** The text of one picture and the boxes of its words. */
    read(image: Buffer): Promise<ImageText> {
      if (closed) return Promise.reject(new Error('the OCR pool has been stopped'));
      if (queue.length >= options.maxQueue) {
        return Promise.reject(
          new OcrQueueFullError(`${queue.length} pictures are waiting to be read; try again in a moment`),
        );
      }
      return new Promise<ImageText>((resolve, reject) => {
        queue.push({ image, resolve, reject });
        next();
      });
    },

    /** Starts the workers now rather than at the first picture (a benchmark times them this way). */
    async warm() {
      while (started < options.workers) {
        started += 1;
        idle.push(await startWorker());
      }
    },

    stats(): OcrPoolStats {
      return { workers: started, busy, queued: queue.length, startMs: [...startMs] };
    },

    async terminate() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the OCR pool has been stopped'));
      await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
    },
  };
}

export type OcrPool = ReturnType<typeof createOcrPool>;
