// Connected containers of the campaign components: the list on home, the start from a campaign file at
// first run. Kept apart from the pages so that they stay one line there.
import { useEffect } from 'react';
import { useCampaigns, useStores, useT } from '../app/stores';
import { CampaignList } from '../components/home/CampaignList';
import { CampaignStart } from '../components/setup/CampaignStart';

export function CampaignsPanel() {
  const t = useT();
  const { campaigns } = useStores();
  const list = useCampaigns((s) => s.campaigns);
  const busy = useCampaigns((s) => s.busy);
  const error = useCampaigns((s) => s.error);
  useEffect(() => {
    void campaigns.getState().load().catch(() => undefined);
  }, [campaigns]);
  return <CampaignList campaigns={list} busy={busy} error={error} onUse={(id) => void campaigns.getState().use(id)} t={t} />;
}

export function CampaignStartPanel() {
  const t = useT();
  const { campaigns } = useStores();
  const preview = useCampaigns((s) => s.preview);
  const busy = useCampaigns((s) => s.busy);
  const error = useCampaigns((s) => s.error);
  return (
    <CampaignStart
      preview={preview}
      busy={busy}
      error={error}
      onFile={(f) => void campaigns.getState().open(f)}
      onSetup={(unit, fp, signer) => {
        void campaigns.getState().setup(unit, fp, signer).then(() => {
          if (campaigns.getState().error === null) window.location.hash = '#/home';
        });
      }}
      t={t}
    />
  );
}
