export declare const isFound: (
  text: string,
  labelText: string,
  reported: { start: number; end: number }[],
) => boolean;
