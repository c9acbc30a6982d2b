import Link from 'next/link';
import { ApiHealthClient } from '@/components/home/api-health-client';
import { SiteHeader } from '@/components/ui/site-header';

export default function HomePage() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Screenpop</h1>
        <p className="mt-3 max-w-2xl text-base leading-relaxed text-slate-600">
          When a call rings, your contact-centre platform asks Screenpop what to show, and the agent&apos;s
          desktop opens the caller&apos;s record with a call report.
          <br />
          Completing the report records the outcome and puts the agent back to ready.
        </p>

        <div className="mt-10 grid gap-4 sm:grid-cols-3">
          <Link
            href="/simulator"
            className="group rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-teal-600"
          >
            <h2 className="font-semibold text-slate-900 group-hover:text-teal-800">
              Agent desktop simulator →
            </h2>
            <p className="mt-1.5 text-sm text-slate-600">
              Ring, answer and hang up calls as XiVO XucMgt or an xCALLY Shuttle relay does, and see the call
              report open in a pane or a popup.
            </p>
          </Link>
          <Link
            href="/live"
            className="group rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-teal-600"
          >
            <h2 className="font-semibold text-slate-900 group-hover:text-teal-800">Live calls →</h2>
            <p className="mt-1.5 text-sm text-slate-600">
              For supervisors: the calls in progress, Shuttle&apos;s integration realtime feed and the
              agents&apos; logins, as they happen.
            </p>
          </Link>
          <a
            href="/api/docs"
            className="group rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200 transition hover:ring-teal-600"
          >
            <h2 className="font-semibold text-slate-900 group-hover:text-teal-800">API documentation →</h2>
            <p className="mt-1.5 text-sm text-slate-600">
              The web service for XucMgt&apos;s THIRD_PARTY_URL, the form endpoints and the other intakes.
            </p>
          </a>
        </div>

        <section
          aria-labelledby="status-heading"
          className="mt-10 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
        >
          <h2 id="status-heading" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Status
          </h2>
          <div className="mt-3">
            <ApiHealthClient />
          </div>
        </section>
      </main>
    </>
  );
}
