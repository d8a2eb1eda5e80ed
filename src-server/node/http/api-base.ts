/** Same base path on the local host and on the instance's scripted REST API. */
export const API_BASE = '/api/x_eih/hub';
