/** Set by the proxy on every page request, so layouts know where to come back to after signing in. */
export const PATH_HEADER = 'x-screenpop-path';
