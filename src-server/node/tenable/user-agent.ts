import { VERSION } from '../version';

/** Tenable's integration guidelines ask every integration to name itself. */
export const USER_AGENT = `Integration/1.0 (Exposure Integration Hub; ${VERSION})`;
