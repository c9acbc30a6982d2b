'use client';

import { ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { ShuttleCard } from './shuttle-card';
import { VodiaCard } from './vodia-card';
import { XivoCard } from './xivo-card';

/** One card per platform, each saving on its own. */
export function IntegrationsClient({ publicApiUrl }: { publicApiUrl: string }) {
  const integrations = useApiResource((signal) => integrationsApi.list(signal), []);
  return (
    <ResourceView resource={integrations}>
      {(data) => (
        <div className="space-y-6">
          <XivoCard initial={data.xivo} />
          <ShuttleCard initial={data.shuttle} publicApiUrl={publicApiUrl} />
          <VodiaCard initial={data.vodia} />
        </div>
      )}
    </ResourceView>
  );
}
