// Asks the kernel for a free loopback TCP port (bind to port 0, read it, close).
// There is a tiny window before the caller binds it again; acceptable for a
// throwaway test server, and far better than a fixed port that clashes with a
// developer's own PostgreSQL or Next dev server.
import net from "node:net";

export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("No se pudo obtener un puerto libre / could not get a free port"));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
