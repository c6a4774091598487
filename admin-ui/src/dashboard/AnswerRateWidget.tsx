import { useTranslate } from 'react-admin';
import type { ReportFilter } from '../types';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { shapeAnswerRate } from './shape-answer-rate';
import { MonthlyLineWidget } from './MonthlyLineWidget';

/** Answered vs unanswered rate per month (GET /monthly-usage, same query as the usage chart). */
export function AnswerRateWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const metric = (key: string) => ({ key, label: labels.metric(key), numeric: true });
  return (
    <MonthlyLineWidget
      id="answer-rate"
      filter={filter}
      shape={shapeAnswerRate}
      valueFormat="percent"
      series={(shape) => [
        { key: 'answeredRate', label: labels.metric('answeredRate'), values: shape.answeredRate, colorIndex: 2 },
        {
          key: 'unansweredRate',
          label: labels.metric('unansweredRate'),
          values: shape.unansweredRate,
          colorIndex: 1,
          dashed: true,
        },
      ]}
      summary={(shape) => ({
        answered: fmt.percent(shape.latest?.answeredRate),
        unanswered: fmt.percent(shape.latest?.unansweredRate),
      })}
      table={(shape) => ({
        columns: [
          { key: 'month', label: translate('app.common.month') },
          ...['questions', 'answered', 'unanswered', 'answeredRate', 'unansweredRate'].map(metric),
        ],
        rows: shape.points.map((p, i) => ({
          key: p.month,
          header: shape.labels[i],
          cells: [
            { text: fmt.number(p.questions), raw: p.questions },
            { text: fmt.number(p.answered), raw: p.answered },
            { text: fmt.number(p.unanswered), raw: p.unanswered },
            { text: fmt.percent(p.answeredRate), raw: p.answeredRate },
            { text: fmt.percent(p.unansweredRate), raw: p.unansweredRate },
          ],
        })),
      })}
    />
  );
}
