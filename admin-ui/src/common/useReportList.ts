import { useGetList, type RaRecord } from 'react-admin';

/** One report list (all rows, up to 1000) for a dashboard widget or report table. */
export function useReportList<T extends RaRecord>(
  resource: string,
  options: {
    filter: Record<string, unknown>;
    sort?: { field: string; order: 'ASC' | 'DESC' };
    perPage?: number;
    enabled?: boolean;
  },
) {
  return useGetList<T>(
    resource,
    {
      filter: options.filter,
      pagination: { page: 1, perPage: options.perPage ?? 1000 },
      sort: options.sort ?? { field: 'id', order: 'ASC' },
    },
    { enabled: options.enabled ?? true },
  );
}
