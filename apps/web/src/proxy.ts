import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from './lib/server/security-headers';
import { PATH_HEADER } from './lib/server/path-header';

// Runs per request, so FRAME_ANCESTORS is read when the server runs, not when it is built.
export function proxy(request: NextRequest) {
  const forwarded = new Headers(request.headers);
  forwarded.set(PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: forwarded } });
  const headers = securityHeaders(request.nextUrl.pathname, process.env.FRAME_ANCESTORS);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // `/api/*` is the API's: it sets its own headers (CORS included).
  matcher: ['/((?!api/|api$|_next/static|_next/image|favicon.ico).*)'],
};
