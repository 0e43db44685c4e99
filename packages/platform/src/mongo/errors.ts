/** E11000 from MongoDB and FerretDB alike (the driver exposes it as `code`). */
export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;

/** A bulk write whose only failures are duplicate keys (expected with idempotent upserts). */
export const onlyDuplicateKeyErrors = (error: unknown): boolean => {
  const writeErrors = (error as { writeErrors?: Array<{ code?: number }> } | null)?.writeErrors;
  if (isDuplicateKeyError(error) && !writeErrors) return true;
  return Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every((e) => e.code === 11000);
};
