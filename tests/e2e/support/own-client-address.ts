// Sign-in throttling counts attempts per client address, and every spec
// reaches the server from the same 127.0.0.1. A spec that fails sign-ins on
// purpose, or signs in people it creates, sends an address of its own so that
// it cannot throttle the others: test.use({ extraHTTPHeaders: ownClientAddress() }).
import { randomInt } from "node:crypto";

/** A random address from 198.18.0.0/15, the block reserved for benchmarking: no real client has it. */
export function ownClientAddress(): Record<string, string> {
  return { "x-forwarded-for": `198.18.${randomInt(256)}.${randomInt(1, 255)}` };
}
