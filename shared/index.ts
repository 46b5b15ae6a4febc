// The plugin's shared vocabulary and route contracts, for the server, the admin and the apps that call
// its routes (`strapi-plugin-social-compliance/shared`).
export * from './constants';
export type * from './contracts/audit';
export type * from './contracts/compliance';
export type * from './contracts/feed';
export type * from './contracts/images';
export type * from './contracts/pagination';
export type * from './contracts/policy';
export type * from './contracts/review-queue';
export type * from './contracts/review-screen';
export type * from './contracts/schedule';
