import type { ReactNode } from 'react';
import { Pagination } from './pagination';

export interface Column {
  label: ReactNode;
  /** Said to screen readers only (the column of a row's buttons). */
  hidden?: boolean;
  className?: string;
  /** A sortable column's `aria-sort`: how the rows are sorted by it, or `none`. */
  sort?: 'ascending' | 'descending' | 'none';
}

const headText = 'text-left text-xs font-semibold tracking-wide text-slate-500 uppercase';
const body = 'divide-y divide-slate-100';

const looks = {
  /** A list that is the page's content: a card of its own. */
  card: {
    wrapper: 'overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200',
    head: `bg-slate-50 ${headText}`,
    cell: 'px-4 py-2.5',
  },
  /** A table inside a section that is already a card. */
  plain: { wrapper: 'overflow-x-auto', head: headText, cell: 'py-2 pr-4 last:pr-0' },
} as const;

/**
 * A table of rows with a caption for screen readers and a header row; `children` are the body's rows.
 * While `busy` the last rows stay, dimmed; with `paging`, previous/next follow the table.
 */
export function DataTable({
  caption,
  columns,
  look = 'card',
  busy = false,
  testId,
  bodyClassName,
  paging,
  onPage,
  children,
}: {
  caption: ReactNode;
  columns: Column[];
  look?: keyof typeof looks;
  busy?: boolean;
  testId?: string;
  bodyClassName?: string;
  paging?: { page: number; pageSize: number; total: number };
  onPage?: (page: number) => void;
  children: ReactNode;
}) {
  const { wrapper, head, cell } = looks[look];
  return (
    <>
      <div aria-busy={busy} className={busy ? `${wrapper} opacity-60` : wrapper}>
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
          <caption className="sr-only">{caption}</caption>
          <thead className={head}>
            <tr>
              {columns.map((column, index) => (
                <th
                  key={index}
                  scope="col"
                  aria-sort={column.sort}
                  className={column.className ? `${cell} ${column.className}` : cell}
                >
                  {column.hidden ? <span className="sr-only">{column.label}</span> : column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={bodyClassName ? `${body} ${bodyClassName}` : body}>{children}</tbody>
        </table>
      </div>
      {paging && onPage ? (
        <Pagination page={paging.page} pageSize={paging.pageSize} total={paging.total} onPage={onPage} />
      ) : null}
    </>
  );
}
