export const SCAN_OPTIONS: import('../../server/src/scanner/types').ScanOptions;
export interface Picture {
  id: string;
  kind: string;
  hasPhi: boolean;
  lines: string[];
  phi: { category: string; text: string }[];
  image: Buffer;
  file?: string;
}
export function renderPictures(seed?: number): Promise<Picture[]>;
export function writePictures(seed?: number, dir?: string): Promise<{ folder: string; pictures: Picture[] }>;
