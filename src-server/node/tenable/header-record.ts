/**
 * Response headers as a plain record for the planners and the diagnosis (names lowercase). A
 * repeated header is joined with ", " as HTTP allows; for Set-Cookie that keeps the first cookie
 * first, which is the one the Security Center session code reads.
 */
export function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    const key = name.toLowerCase();
    record[key] = record[key] === undefined ? value : `${record[key]}, ${value}`;
  });
  return record;
}
