import type { UsageEvent } from './usage-event';
import type { RollupDelta } from './rollup-delta';
import { optionDetail, storedOption } from './stored-option';

/** Adds one event's counts to the rollups. Report metrics without a subject stay small, so usage reports read few rows. */
export function addEventMetrics(delta: RollupDelta, day: string, e: UsageEvent): void {
  const add = (metric: string, subject = '', detail = '') => delta.add(day, e, metric, subject, detail);
  switch (e.type) {
    case 'conversation_started':
      return add('conversations');
    case 'conversation_ended':
      return add('conversations_ended');
    case 'message':
      return add('messages', '', e.role ?? '');
    case 'path_started':
      return add('path_started', e.pathSlug);
    case 'path_step':
      // Per option too (branching funnels), the option redacted as the event stores it.
      if (e.option !== undefined) add('path_option', e.pathSlug, optionDetail(e.stepKey!, storedOption(e.option)));
      return add('path_step', e.pathSlug, e.stepKey);
    case 'path_completed':
      return add('path_completed', e.pathSlug);
    case 'path_abandoned':
      return add('path_abandoned', e.pathSlug, e.stepKey);
    case 'answer_shown':
      return add('answer_shown', e.answerSlug);
    case 'partner_link_clicked':
      return add('partner_click', e.partnerSlug);
    case 'handoff_requested':
      add('handoffs');
      return add('handoff_detail', e.handoffChannel, `${e.reason}|${e.urgency}`);
    case 'feedback': {
      const verdict = e.helpful ? 'helpful' : 'unhelpful';
      add(`feedback_${verdict}`);
      return add('content_feedback', e.answerSlug ? `answer:${e.answerSlug}` : `path:${e.pathSlug}`, verdict);
    }
  }
}
