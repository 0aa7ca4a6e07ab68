// Named thresholds the pricing advisor uses in more than one place; each is defined once here.

/** Hours in an average month (8,760 / 12), the figure AWS's pricing pages use. */
export const HOURS_PER_MONTH = 730;
export const HOURS_PER_WEEK = 168;
export const HOURS_PER_YEAR = 8760;
export const HOURS_PER_DAY = 24;
/** Running this many hours a day or more counts as "always on" (a day of 23 h is 24/7 for billing). */
export const ALWAYS_ON_HOURS = 23;
/** A period shorter than this many months is too short for any 1-year commitment to pay off. */
export const SHORT_TERM_MONTHS = 6;
/** Reservations and Savings Plans come in these terms only. */
export const TERM_MONTHS = { '1y': 12, '3y': 36 } as const;
/** Scheduled Reserved Instances required at least this many hours a year (4 h a day, 24 h a week, 100 h a month). */
export const SCHEDULED_MIN_HOURS_PER_YEAR = 1200;
/** A period under a month is priced in hours: two weeks is 14 × 24 = 336 h, not 730. */
export function monthsFromDays(days: number): number {
  return (days * HOURS_PER_DAY) / HOURS_PER_MONTH;
}
