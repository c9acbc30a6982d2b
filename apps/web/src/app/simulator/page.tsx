import type { Metadata } from 'next';
import { SimulatorClient } from '@/components/simulator/simulator-client';
import { SiteHeader } from '@/components/ui/site-header';

export const metadata: Metadata = { title: 'Agent desktop simulator' };

export default function SimulatorPage() {
  return (
    <>
      <SiteHeader subtitle="Agent desktop simulator (XiVO XucMgt)" />
      <SimulatorClient />
    </>
  );
}
