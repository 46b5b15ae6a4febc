// GET /social-compliance/images/:fileId/reading: the text read in an uploaded picture, each word with its
// box, and the boxes of the words that hold patient information (the side panel draws them).

export interface WordBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ImageReadingResponse {
  fileId: number;
  name: string;
  /** `pending`: not read yet (reading has started; ask again in a few seconds). */
  status: 'read' | 'failed' | 'pending';
  /** The picture's size; the boxes are in its pixels from the top left. */
  width: number | null;
  height: number | null;
  text: string;
  words: { text: string; confidence: number; box: WordBox }[];
  /** Why it could not be read. */
  reason: string | null;
  /** The scanner's findings in the text, under the policy in force. */
  findings: {
    category: string;
    text: string;
    severity: 'block' | 'warn';
    reason: string;
    boxes: WordBox[];
  }[];
}

export interface GetImageReading {
  params: { fileId: string };
  response: { data: ImageReadingResponse };
}
