// Ports of their own so the suite never talks to a Screenpop started by hand.
export const API_PORT = Number(process.env.E2E_API_PORT ?? 3101);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
/** The API as XucMgt's browser reaches it directly: another origin than the web app. */
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const WEB_URL = `http://localhost:${WEB_PORT}`;
