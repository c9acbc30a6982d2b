import Link from 'next/link';

export function SiteHeader({ subtitle }: { subtitle?: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-screen-2xl items-center justify-between gap-4 px-4 sm:px-6">
        <div className="flex items-baseline gap-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <span
              aria-hidden="true"
              className="grid size-7 place-items-center rounded-md bg-teal-700 text-sm text-white"
            >
              S
            </span>
            Screenpop
          </Link>
          {subtitle ? <span className="hidden text-sm text-slate-500 sm:inline">{subtitle}</span> : null}
        </div>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link
            href="/simulator"
            className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            Simulator
          </Link>
          <Link
            href="/live"
            className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            Live
          </Link>
          <a
            href="/api/docs"
            className="rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
          >
            API docs
          </a>
        </nav>
      </div>
    </header>
  );
}
