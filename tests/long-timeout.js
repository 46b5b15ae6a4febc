// Integration and browser suites boot a real Strapi (and Chromium): Jest's 5 s default is too short.
jest.setTimeout(180_000);
