// Input of the plugin's routes, one file per controller, built by one validator factory from shared fields.
export * from './audit';
export * from './compliance';
export * from './feed';
export * from './policy';
export * from './review-queue';
export * from './schedule';
