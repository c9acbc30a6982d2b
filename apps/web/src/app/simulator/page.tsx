import type { Metadata } from 'next';
import { ModeSwitch, parseSimulatorMode } from '@/components/simulator/mode-switch';
import { ShuttleSimulatorClient } from '@/components/simulator/shuttle-simulator-client';
import { SimulatorClient } from '@/components/simulator/simulator-client';
import { SiteHeader } from '@/components/ui/site-header';
import { publicApiUrl } from '@/lib/server/public-api-url';

export const metadata: Metadata = { title: 'Agent desktop simulator' };

// Below the site header (3.5rem) and the platform switch (3rem), the desktop fills the screen.
const DESKTOP_HEIGHT = 'lg:h-[calc(100vh-6.5rem)]';

export default async function SimulatorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const mode = parseSimulatorMode((await searchParams).mode);
  return (
    <>
      <SiteHeader
        subtitle={`Agent desktop simulator (${mode === 'shuttle' ? 'xCALLY Shuttle' : 'XiVO XucMgt'})`}
      />
      <ModeSwitch mode={mode} />
      {mode === 'shuttle' ? (
        // Read when the page is served: sockets go straight to the API, wherever this deployment puts it.
        <ShuttleSimulatorClient
          publicApiUrl={publicApiUrl(process.env.PUBLIC_API_URL)}
          className={DESKTOP_HEIGHT}
        />
      ) : (
        <SimulatorClient className={DESKTOP_HEIGHT} />
      )}
    </>
  );
}
