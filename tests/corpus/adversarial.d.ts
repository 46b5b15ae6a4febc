export declare const ADVERSARIAL_SHAPES: string[];
export declare const adversarialText: (shape: string, length: number, seed?: number) => string;
