import { DataTable, List, useLocaleState, useTranslate } from 'react-admin';
import { markedTitle, titleLocaleFor } from '../common/titleLocale';
import type { AnswerPerformanceRow } from '../types';
import { DocTitleText } from '../common/PageTitle';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { EmptyState } from '../common/StateMessages';
import { ListError } from '../common/ListStates';
import { ScrollRegion } from '../common/ScrollRegion';
import { useCommonListFilters } from '../common/listFilters';
import { ListExcelExport } from '../common/ListExcelExport';

/** Answers with how often they were shown and their helpful rate (GET /answer-performance). */
export function AnswerList() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const num = (v: number | null | undefined) => <span data-value={v ?? ''}>{fmt.number(v)}</span>;
  const [ui] = useLocaleState();
  return (
    <List
      resource="answers"
      filter={{ titleLocale: titleLocaleFor(ui) }}
      title={<DocTitleText text={translate('app.answers.title')} />}
      filters={useCommonListFilters()}
      sort={{ field: 'shown', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<AnswerExport />}
      empty={<EmptyState testId="empty-answers" />}
      error={<ListError />}
    >
      <ScrollRegion label={translate('app.answers.title')}>
        <DataTable<AnswerPerformanceRow>
          rowClick={false}
          bulkActionButtons={false}
          empty={<EmptyState testId="empty-answers" />}
          data-testid="table-answers"
        >
          <DataTable.Col source="title" disableSort render={(r) => markedTitle(r, ui)} />
          <DataTable.Col source="audience" disableSort render={(r) => labels.audience(r.audience)} />
          <DataTable.Col source="shown" sortByOrder="DESC" align="right" render={(r) => num(r.shown)} />
          <DataTable.Col source="helpful" sortByOrder="DESC" align="right" render={(r) => num(r.helpful)} />
          <DataTable.Col source="unhelpful" sortByOrder="DESC" align="right" render={(r) => num(r.unhelpful)} />
          <DataTable.Col
            source="helpfulRate"
            sortByOrder="DESC"
            align="right"
            render={(r) => <span data-value={r.helpfulRate ?? ''}>{fmt.percent(r.helpfulRate)}</span>}
          />
        </DataTable>
      </ScrollRegion>
    </List>
  );
}

function AnswerExport() {
  const labels = useValueLabels();
  const [ui] = useLocaleState();
  return (
    <ListExcelExport<AnswerPerformanceRow>
      testId="csv-answers"
      columns={[
        { source: 'title', kind: 'text', value: (r) => markedTitle(r, ui) },
        { source: 'audience', kind: 'text', value: (r) => labels.audience(r.audience) },
        { source: 'shown', kind: 'number' },
        { source: 'helpful', kind: 'number' },
        { source: 'unhelpful', kind: 'number' },
        { source: 'helpfulRate', kind: 'percent' },
      ]}
    />
  );
}
