// Renders an admin component as Strapi's admin would: the design system's theme and the plugin's
// messages, in English unless a test asks for another locale.
import { DesignSystemProvider, darkTheme, lightTheme } from '@strapi/design-system';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { IntlProvider } from 'react-intl';

import { prefixTranslations } from '../src/translations';
import en from '../src/translations/en.json';
import es from '../src/translations/es.json';

const MESSAGES: Record<string, Record<string, string>> = { en, es };

export interface AdminRenderOptions extends Omit<RenderOptions, 'wrapper'> {
  locale?: 'en' | 'es';
  theme?: 'light' | 'dark';
}

export const Providers = ({
  children,
  locale = 'en',
  theme = 'light',
}: {
  children: ReactNode;
  locale?: 'en' | 'es';
  theme?: 'light' | 'dark';
}) => (
  <IntlProvider locale={locale} messages={prefixTranslations(MESSAGES[locale])} onError={failOnMissing}>
    <DesignSystemProvider locale={locale} theme={theme === 'dark' ? darkTheme : lightTheme}>
      {children}
    </DesignSystemProvider>
  </IntlProvider>
);

// A message id missing from the translations is a bug: the test says so instead of showing the id.
function failOnMissing(error: { code: string; message: string }) {
  if (error.code === 'MISSING_TRANSLATION') throw new Error(error.message);
}

export const renderAdmin = (ui: ReactElement, { locale, theme, ...options }: AdminRenderOptions = {}) => ({
  user: userEvent.setup(),
  ...render(ui, {
    wrapper: ({ children }) => (
      <Providers locale={locale} theme={theme}>
        {children}
      </Providers>
    ),
    ...options,
  }),
});
