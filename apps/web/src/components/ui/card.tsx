import type { ReactNode } from 'react';

export function Card({
  title,
  aside,
  children,
  className = '',
  headingId,
}: {
  title?: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
  headingId?: string;
}) {
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={`rounded-lg bg-white shadow-sm ring-1 ring-slate-200 ${className}`}
    >
      {title ? (
        <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
          <h2 id={headingId} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {title}
          </h2>
          {aside}
        </div>
      ) : null}
      <div className="@container p-4">{children}</div>
    </section>
  );
}
