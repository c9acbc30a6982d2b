import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden(): a signed-in user without the page's role gets a 403 page.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
