import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useFetchClient } from '@strapi/strapi/admin';
import { PathEditor } from './PathEditor';
import { DESIGNER_API } from './designer-types';
import { useMessages } from './useMessages';
import './designer.css';

interface PathRow {
  documentId: string;
  slug: string;
  name: string;
}

/** "Ohjauspolkujen suunnittelija": every guidance path, and the one named by `?path=<documentId>` opened. */
export default function DesignerPage() {
  const t = useMessages();
  const client = useFetchClient();
  const [params, setParams] = useSearchParams();
  const [paths, setPaths] = useState<PathRow[] | null>(null);
  const [filter, setFilter] = useState('');
  const open = params.get('path');

  useEffect(() => {
    if (open || paths) return;
    void client.get<{ data: PathRow[] }>(`${DESIGNER_API}/paths`).then((res) => setPaths(res.data.data));
  }, [open]);

  const shown = (paths ?? []).filter((p) => `${p.name} ${p.slug}`.toLowerCase().includes(filter.toLowerCase()));
  return (
    <main className="pd-root" aria-labelledby="pd-title" data-testid="path-designer">
      <h1 id="pd-title">{t('title')}</h1>
      {open ? (
        <PathEditor key={open} documentId={open} t={t} onBack={() => setParams({})} />
      ) : (
        <>
          <label htmlFor="pd-filter">{t('filter')}</label>
          <input id="pd-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          {paths === null ? (
            <p role="status">{t('loading')}</p>
          ) : (
            <div className="pd-scroll">
              <table className="pd-table" data-testid="pd-paths">
                <caption className="pd-caption">
                  {t('pathsTable')} ({shown.length})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('slug')}</th>
                    <th scope="col">
                      <span>{t('open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => (
                    <tr key={p.documentId} data-slug={p.slug}>
                      <td>{p.name}</td>
                      <td>
                        <code>{p.slug}</code>
                      </td>
                      <td>
                        <button type="button" className="pd-button" onClick={() => setParams({ path: p.documentId })}>
                          {t('open')}
                          <span className="pd-sr">: {p.name}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </main>
  );
}
