import { configure } from '@testing-library/react';

// What jsdom lacks and the design system's primitives (Radix, floating-ui) call.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}

if (!('ResizeObserver' in window)) {
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
// The select's list watches which option is in view.
if (!('IntersectionObserver' in window)) {
  Object.assign(window, { IntersectionObserver: class extends ResizeObserverStub {} });
}

if (!window.matchMedia) {
  Object.assign(window, {
    matchMedia: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

Element.prototype.scrollIntoView ??= function scrollIntoView() {};
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};

// CI runs these beside the integration suites on two cores: a render that takes a second there is a slow
// machine, not a broken screen. Jest's 5 s per test and Testing Library's 1 s per wait are raised; a screen
// that never shows still fails, later.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });
