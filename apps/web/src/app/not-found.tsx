import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="grid min-h-screen place-items-center p-6">
      <div className="max-w-md text-center">
        <h1 className="text-lg font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">This address does not exist on this Screenpop server.</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-teal-800 hover:underline">
          Go to the home page
        </Link>
      </div>
    </main>
  );
}
