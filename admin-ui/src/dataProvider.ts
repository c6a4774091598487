/**
 * react-admin data provider for the analytics API (cms/openapi/analytics-api.md).
 *
 * Resources (react-admin name → endpoint):
 *   monthly-usage, content-counts, unanswered-trend, partner-clicks, handoffs, savings, knowledge
 *                 → /analytics-api/<same name>
 *   paths         → /analytics-api/path-performance
 *   answers       → /analytics-api/answer-performance
 *   content-health → /analytics-api/content-health
 *   unanswered    → /analytics-api/unanswered (+ getOne / update / updateMany via /bulk)
 *   savings-parameters → /analytics-api/savings-parameters (getOne / update; id is ignored)
 *
 * Extra methods: `downloadCsv(resource, params)`, `me()`, `tryAsk(request)` (POST /analytics-api/try); `csvPath()` gives the CSV link's href.
 * Triage: `similarGroups`, `mergeGroups`, `moveExamples`, `createAnswerFromGroup`, `resolveGroups` (POST /analytics-api/unanswered/…).
 * No DOM types: the HTTP client is injected (see httpClient.ts).
 */
import type { DataProvider, GetListParams, GetOneParams, UpdateParams, UpdateManyParams } from 'ra-core';

// Records are whatever the API returns (each has a string id); react-admin's methods are generic over them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RaRecord = any;
import { ApiError, type HttpClient } from './httpClient';
import type {
  ContentKind,
  CreatedAnswer,
  Me,
  SavingsParameters,
  SimilarGroupRow,
  TryRequest,
  TryResult,
  UnansweredUpdate,
} from './types';
import type { Scenario, ScenarioSummary, SimulationBaseline, SimulationInput, SimulationResults } from './types';

export const API_BASE = '/analytics-api';
const SIMULATION = `${API_BASE}/simulation`;
export const ERROR_NOT_SUPPORTED = 'app.error.not_supported';

const LIST_ENDPOINTS: Record<string, string> = {
  'monthly-usage': 'monthly-usage',
  'content-counts': 'content-counts',
  'unanswered-trend': 'unanswered-trend',
  'partner-clicks': 'partner-clicks',
  handoffs: 'handoffs',
  savings: 'savings',
  headline: 'headline',
  knowledge: 'knowledge',
  unanswered: 'unanswered',
  paths: 'path-performance',
  'path-branches': 'path-branches',
  'feedback-comments': 'feedback-comments',
  answers: 'answer-performance',
  'content-health': 'content-health',
};

/** Filter keys the API understands; anything else is dropped. */
const FILTER_KEYS = [
  'from',
  'to',
  'locale',
  'titleLocale',
  'audience',
  'channel',
  'breakdown',
  'status',
  'q',
  'kind',
  'owner',
  'path',
  'slug',
  'helpful',
] as const;

export const MAX_PAGE_SIZE = 1000;

export interface QueryParams {
  filter?: Record<string, unknown>;
  pagination?: { page: number; perPage: number } | null;
  sort?: { field: string; order: string } | null;
}

function filterValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const parts = value.filter((v) => v !== undefined && v !== null && String(v).trim() !== '').map(String);
    return parts.length ? parts.join(',') : undefined;
  }
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

/** Builds the query string (without "?") for a list report. */
export function buildQuery(params: QueryParams, extra: Record<string, string> = {}): string {
  const qs = new URLSearchParams();
  const filter = params.filter ?? {};
  for (const key of FILTER_KEYS) {
    const v = filterValue(filter[key]);
    if (v !== undefined) qs.set(key, v);
  }
  const sort = params.sort;
  // react-admin's implicit default sort is `id`; let the report use its own default instead.
  if (sort && sort.field && sort.field !== 'id') {
    qs.set('sort', sort.field);
    qs.set('order', String(sort.order).toUpperCase() === 'ASC' ? 'ASC' : 'DESC');
  }
  if (params.pagination) {
    qs.set('page', String(Math.max(1, Math.floor(params.pagination.page || 1))));
    qs.set('pageSize', String(Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(params.pagination.perPage || 100)))));
  }
  for (const [k, v] of Object.entries(extra)) qs.set(k, v);
  return qs.toString();
}

function endpointFor(resource: string): string {
  const name = LIST_ENDPOINTS[resource];
  if (!name) throw new ApiError(404, null);
  return `${API_BASE}/${name}`;
}

/** Same-origin path of a report as CSV (all rows, no paging): the href of "Download CSV". */
export function csvPath(resource: string, params: QueryParams): string {
  return `${endpointFor(resource)}?${buildQuery({ filter: params.filter, sort: params.sort }, { format: 'csv' })}`;
}

interface ListBody<T> {
  data?: T[];
  total?: number;
  meta?: Record<string, unknown>;
}

const SAVINGS_PARAMETERS_ID = 'current';

function pickUnansweredUpdate(data: Record<string, unknown>): UnansweredUpdate {
  const status = data.status as UnansweredUpdate['status'];
  if (status === 'resolved') {
    const target = data.target as { kind?: unknown; slug?: unknown } | undefined;
    const body: UnansweredUpdate = {
      status: 'resolved',
      target: { kind: target?.kind === 'path' ? 'path' : 'answer', slug: String(target?.slug ?? '') },
    };
    const phrasing = typeof data.phrasing === 'string' ? data.phrasing.trim() : '';
    if (phrasing) body.phrasing = phrasing;
    return body;
  }
  return { status: status as 'new' | 'in_progress' | 'ignored' };
}

function pickSavingsParameters(data: Record<string, unknown>): SavingsParameters {
  const minutes: Record<string, number> = {};
  const src = (data.minutesPerContact ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(src)) minutes[k] = Number(v);
  return {
    minutesPerContact: minutes,
    hourlyCost: Number(data.hourlyCost),
    hoursPerStaffYear: Number(data.hoursPerStaffYear),
  };
}

export interface CsvDownload {
  blob: unknown;
  filename: string;
}

/**
 * Extra methods return promises (react-admin's useDataProvider proxy requires it);
 * for the CSV link's href use csvPath().
 */
export interface AnalyticsDataProvider extends DataProvider {
  downloadCsv(resource: string, params: QueryParams): Promise<CsvDownload>;
  me(): Promise<Me>;
  /** What the bot would answer to a question, and why (records nothing). */
  tryAsk(request: TryRequest): Promise<TryResult>;
  /** Open groups of the same language that may be the same question as group `id`, best first. */
  similarGroups(id: string): Promise<SimilarGroupRow[]>;
  /** Merges groups `ids` into group `into`; answers the merged group. */
  mergeGroups(into: string, ids: string[]): Promise<RaRecord>;
  /** Moves example texts of group `id` into group `into`, or a new group when null; answers the group moved into. */
  moveExamples(id: string, texts: string[], into: string | null): Promise<RaRecord>;
  /** A draft answer from the group's examples; the group is resolved with it. */
  createAnswerFromGroup(id: string): Promise<CreatedAnswer>;
  /** Resolves groups with one published answer or path; answers how many were resolved. */
  resolveGroups(ids: string[], target: { kind: ContentKind; slug: string }): Promise<number>;
  /** Resource simulation: the bot's measured contacts, results of an input, named scenarios. */
  simulationBaseline(): Promise<SimulationBaseline>;
  simulate(input: SimulationInput): Promise<SimulationResults>;
  listScenarios(): Promise<ScenarioSummary[]>;
  getScenario(id: number): Promise<Scenario>;
  saveScenario(name: string, input: SimulationInput): Promise<Scenario>;
  deleteScenario(id: number): Promise<void>;
}

function filenameFrom(disposition: string | null, fallback: string): string {
  if (disposition) {
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (star?.[1]) return decodeURIComponent(star[1]);
    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    if (plain?.[1]) return plain[1];
  }
  return fallback;
}

export function createDataProvider(http: HttpClient): AnalyticsDataProvider {
  const getList = async (resource: string, params: GetListParams) => {
    const purpose = (params.meta as { purpose?: string } | undefined)?.purpose;
    const url = `${endpointFor(resource)}?${buildQuery(
      {
        filter: params.filter,
        pagination: params.pagination ?? { page: 1, perPage: 100 },
        sort: params.sort,
      },
      purpose === 'export' ? { purpose } : {},
    )}`;
    const { json } = await http<ListBody<RaRecord>>(url, { signal: params.signal });
    const data = Array.isArray(json?.data) ? json.data : [];
    return { data, total: typeof json?.total === 'number' ? json.total : data.length, meta: json?.meta ?? {} };
  };

  const findInList = async (resource: string, params: GetOneParams) => {
    const { data } = await getList(resource, {
      filter: (params.meta as { filter?: Record<string, unknown> } | undefined)?.filter ?? {},
      pagination: { page: 1, perPage: MAX_PAGE_SIZE },
      sort: { field: 'id', order: 'ASC' },
      signal: params.signal,
    });
    const record = data.find((r) => String(r.id) === String(params.id));
    if (!record) throw new ApiError(404, null);
    return { data: record };
  };

  const getOne = async (resource: string, params: GetOneParams) => {
    if (resource === 'unanswered') {
      const { json } = await http<{ data: RaRecord }>(
        `${API_BASE}/unanswered/${encodeURIComponent(String(params.id))}`,
        { signal: params.signal },
      );
      return { data: json.data };
    }
    if (resource === 'savings-parameters') {
      const { json } = await http<{ data: SavingsParameters }>(`${API_BASE}/savings-parameters`, {
        signal: params.signal,
      });
      return { data: { id: SAVINGS_PARAMETERS_ID, ...json.data } };
    }
    // No single-row endpoint for reports: find the row in the list (filters from meta.filter).
    return findInList(resource, params);
  };

  const notSupported = () => Promise.reject(new ApiError(405, null, ERROR_NOT_SUPPORTED));

  const provider: AnalyticsDataProvider = {
    supportAbortSignal: true,
    getList,
    getOne,
    getMany: async (resource, params) => {
      const results = await Promise.all(
        params.ids.map((id) => getOne(resource, { id, signal: params.signal, meta: params.meta })),
      );
      return { data: results.map((r) => r.data) };
    },
    getManyReference: notSupported,
    update: async (resource: string, params: UpdateParams): Promise<{ data: RaRecord }> => {
      if (resource === 'unanswered') {
        const body = pickUnansweredUpdate(params.data as Record<string, unknown>);
        const { json } = await http<{ data: RaRecord }>(
          `${API_BASE}/unanswered/${encodeURIComponent(String(params.id))}`,
          { method: 'PUT', body },
        );
        // PUT answers with a list row (≤3 examples, no trend): keep the detail's
        // trend and longer example list until the detail is fetched again.
        const prev = params.previousData as { trend?: unknown; examples?: unknown[] } | undefined;
        const row = json.data as { trend?: unknown; examples?: unknown[] };
        if (prev && row && row.trend === undefined && prev.trend !== undefined) {
          const examples =
            Array.isArray(prev.examples) && (!Array.isArray(row.examples) || prev.examples.length > row.examples.length)
              ? prev.examples
              : row.examples;
          return { data: { ...row, trend: prev.trend, examples } as RaRecord };
        }
        return { data: row as RaRecord };
      }
      if (resource === 'savings-parameters') {
        const body = pickSavingsParameters(params.data as Record<string, unknown>);
        const { json } = await http<{ data: SavingsParameters }>(`${API_BASE}/savings-parameters`, {
          method: 'PUT',
          body,
        });
        return { data: { id: SAVINGS_PARAMETERS_ID, ...json.data } };
      }
      return notSupported();
    },
    updateMany: async (resource: string, params: UpdateManyParams) => {
      if (resource !== 'unanswered') return notSupported();
      const status = (params.data as { status?: string }).status;
      await http<{ data: { updated: number } }>(`${API_BASE}/unanswered/bulk`, {
        method: 'POST',
        body: { ids: params.ids.map(String), status },
      });
      return { data: params.ids };
    },
    create: notSupported,
    delete: notSupported,
    deleteMany: notSupported,

    downloadCsv: async (resource, params) => {
      const response = await http.raw(csvPath(resource, params));
      const blob = await response.blob();
      const f = params.filter ?? {};
      const range = [f.from, f.to].filter(Boolean).join('_');
      const fallback = `${LIST_ENDPOINTS[resource] ?? resource}${range ? `_${range}` : ''}.csv`;
      return { blob, filename: filenameFrom(response.headers.get('Content-Disposition'), fallback) };
    },

    me: async () => {
      const { json } = await http<{ data: Me }>(`${API_BASE}/me`);
      return json.data;
    },

    similarGroups: async (id) => {
      const url = `${API_BASE}/unanswered/${encodeURIComponent(id)}/similar`;
      const { json } = await http<{ data: SimilarGroupRow[] }>(url);
      return json.data;
    },

    mergeGroups: async (into, ids) => {
      const { json } = await http<{ data: RaRecord }>(`${API_BASE}/unanswered/merge`, {
        method: 'POST',
        body: { into, ids },
      });
      return json.data;
    },

    moveExamples: async (id, texts, into) => {
      const url = `${API_BASE}/unanswered/${encodeURIComponent(id)}/move`;
      const { json } = await http<{ data: { into: RaRecord } }>(url, {
        method: 'POST',
        body: into === null ? { texts } : { texts, into },
      });
      return json.data.into;
    },

    createAnswerFromGroup: async (id) => {
      const url = `${API_BASE}/unanswered/${encodeURIComponent(id)}/answer`;
      const { json } = await http<{ data: { answer: CreatedAnswer } }>(url, { method: 'POST', body: {} });
      return json.data.answer;
    },

    resolveGroups: async (ids, target) => {
      const body = { ids, status: 'resolved', target };
      const { json } = await http<{ data: { updated: number } }>(`${API_BASE}/unanswered/bulk`, {
        method: 'POST',
        body,
      });
      return json.data.updated;
    },

    simulationBaseline: async () => {
      const { json } = await http<{ data: SimulationBaseline }>(`${SIMULATION}/baseline`);
      return json.data;
    },
    simulate: async (input) => {
      const { json } = await http<{ data: { results: SimulationResults } }>(`${SIMULATION}/results`, {
        method: 'POST',
        body: { input },
      });
      return json.data.results;
    },
    listScenarios: async () => {
      const { json } = await http<{ data: ScenarioSummary[] }>(`${SIMULATION}/scenarios`);
      return json.data;
    },
    getScenario: async (id) => {
      const { json } = await http<{ data: Scenario }>(`${SIMULATION}/scenarios/${encodeURIComponent(String(id))}`);
      return json.data;
    },
    saveScenario: async (name, input) => {
      const { json } = await http<{ data: Scenario }>(`${SIMULATION}/scenarios`, {
        method: 'POST',
        body: { name, input },
      });
      return json.data;
    },
    deleteScenario: async (id) => {
      await http(`${SIMULATION}/scenarios/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
    },

    tryAsk: async (request) => {
      const body: TryRequest = { question: request.question, locale: request.locale };
      if (request.audience) body.audience = request.audience;
      if (request.content) body.content = request.content;
      const { json } = await http<{ data: TryResult }>(`${API_BASE}/try`, { method: 'POST', body });
      return json.data;
    },
  };
  return provider;
}
