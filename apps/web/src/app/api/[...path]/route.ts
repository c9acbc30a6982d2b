import type { NextRequest } from 'next/server';
import type { TApiError } from '@screenpop/contracts';
import { downstreamResponseHeaders, upstreamApiUrl, upstreamRequestHeaders } from '@/lib/server/api-upstream';

// Read API_URL per request: the same build runs against any API.
export const dynamic = 'force-dynamic';

async function forward(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const target = upstreamApiUrl(pathname, search, process.env.API_URL);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers: upstreamRequestHeaders(request.headers, request.nextUrl),
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: request.signal,
      // Node's fetch needs this to stream a request body.
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
  } catch {
    const error: TApiError = {
      statusCode: 502,
      error: 'Bad Gateway',
      message: 'The Screenpop API is not reachable.',
    };
    return Response.json(error, { status: 502 });
  }

  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: downstreamResponseHeaders(upstream.headers),
  });
}

export {
  forward as GET,
  forward as HEAD,
  forward as POST,
  forward as PUT,
  forward as PATCH,
  forward as DELETE,
  forward as OPTIONS,
};
