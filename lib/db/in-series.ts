// Inside one transaction every query shares one connection, which runs one
// statement at a time: Promise.all over queries only queues them in the
// driver (and pg warns that it will refuse it in its next major version).
// Map them one after another instead.
export async function mapInSeries<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}
