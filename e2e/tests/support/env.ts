// Ports of their own so the suite never talks to a Screenpop started by hand.
export const API_PORT = Number(process.env.E2E_API_PORT ?? 3101);
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
/** The API as XucMgt's browser reaches it directly: another origin than the web app. */
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const WEB_URL = `http://localhost:${WEB_PORT}`;

/** The demo seed's Shuttle relay token (DEMO_SHUTTLE_TOKEN): fixed, so the suite can connect as the relay. */
export const SHUTTLE_TOKEN = 'spk_e2e-shuttle-relay-token-0123456789';
/** The supervisors' access token (SUPERVISOR_TOKEN) of the API under test. */
export const SUPERVISOR_TOKEN = 'e2e-supervisor-token-0123456789abcdef';
/** The first administrator of the API under test (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const ADMIN_EMAIL = 'admin@e2e.example.com';
export const ADMIN_PASSWORD = 'e2e-admin-password-0123';
