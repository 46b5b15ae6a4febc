import type { Picture } from './pictures';

export const SCAN_OPTIONS: import('../../server/src/scanner/types').ScanOptions;
export function renderPictures(seed?: number): Promise<Picture[]>;
