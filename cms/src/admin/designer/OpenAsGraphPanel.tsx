import { Link } from 'react-router-dom';
import { PATH_UID } from '../../content-uids';
import { DESIGNER_ROUTE } from './designer-route';
import { useMessages } from './useMessages';

function OpenAsGraphLink({ documentId }: { documentId: string }) {
  const t = useMessages();
  return (
    <div style={{ width: '100%' }}>
      <Link to={`/${DESIGNER_ROUTE}?path=${encodeURIComponent(documentId)}`} data-testid="pd-open-as-graph">
        {t('openAsGraph')}
      </Link>
      <p style={{ margin: '4px 0 0', fontSize: 12, color: '#4a4a6a' }}>{t('openAsGraphHelp')}</p>
    </div>
  );
}

/** Edit-view side panel of a guidance path: "Avaa graafina" opens it in the designer. */
export function OpenAsGraphPanel({ model, documentId }: { model: string; documentId?: string }) {
  if (model !== PATH_UID || !documentId) return null;
  return { title: 'Ohjauspolkujen suunnittelija', content: <OpenAsGraphLink documentId={documentId} /> };
}
