/** The days an agent's history offers (the API takes 1 to AGENT_HISTORY_MAX_DAYS). */
export const HISTORY_DAYS = { choices: [1, 7, 30, 90] as const, default: 7 } as const;

/** What an agent's history keeps in its address. */
export interface HistoryView {
  days: number;
  page: number;
}

type Search = Record<string, string | string[] | undefined>;

/** The history's days and page from the address; anything else is the default. */
export function historyFromSearch(search: Search): HistoryView {
  const number = (key: string) => {
    const value = search[key];
    return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
  };
  const days = number('days');
  const page = number('page');
  return {
    days:
      days !== null && (HISTORY_DAYS.choices as readonly number[]).includes(days)
        ? days
        : HISTORY_DAYS.default,
    page: page !== null && page > 0 ? page : 1,
  };
}
