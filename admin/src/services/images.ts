// What was read in the post's pictures: one read of `GET /images/:fileId/reading` per picture whose text
// has been read (a picture still being read has no words yet), again when its reading changes.
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import { PLUGIN_ID } from '../../../shared/constants';
import type { PostImage } from '../../../shared/contracts/compliance';
import type { GetImageReading, ImageReadingResponse } from '../../../shared/contracts/images';
import { errorMessage } from './api';

/** How often a screen asks again while a picture of its post is still being read. */
export const READING_POLL_MS = 2_000;

export const imageReadingPath = (fileId: number) => `/${PLUGIN_ID}/images/${fileId}/reading`;

export type ReadingResult = { reading: ImageReadingResponse } | { error: string };

/** The reading of each picture that has been read, by file id; absent while it loads. */
export const useImageReadings = (images: PostImage[]): Record<number, ReadingResult> => {
  const { get } = useFetchClient();
  const [results, setResults] = useState<Record<number, ReadingResult>>({});
  const key = images
    .filter((image) => image.status === 'read')
    .map((image) => image.fileId)
    .join(',');

  useEffect(() => {
    let current = true;
    const ids = key ? [...new Set(key.split(',').map(Number))] : [];
    Promise.all(
      ids.map((id) =>
        get<GetImageReading['response']>(imageReadingPath(id)).then(
          ({ data }): [number, ReadingResult] => [id, { reading: data.data }],
          (error): [number, ReadingResult] => [id, { error: errorMessage(error) }],
        ),
      ),
    ).then((entries) => current && setResults(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
  }, [get, key]);

  return results;
};

export const isStillReading = (images: PostImage[] | undefined) =>
  (images ?? []).some((image) => image.status === 'pending');

/** Calls `reload` every few seconds while a picture of the post is still being read. */
export const useReloadWhileReading = (images: PostImage[] | undefined, reload: () => void) => {
  const reading = isStillReading(images);
  useEffect(() => {
    if (!reading) return;
    const timer = setInterval(reload, READING_POLL_MS);
    return () => clearInterval(timer);
  }, [reading, reload]);
};
