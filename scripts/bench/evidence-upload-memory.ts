// npx tsx scripts/bench/evidence-upload-memory.ts [MB]
// Streams one large upload through the evidence multipart reader into disk
// storage and reports time and the peak growth of the process's memory: the
// file must not be held in memory (the growth stays far below its size).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DiskStorage } from "@/lib/evidence/storage/disk-storage";
import { readEvidenceUpload } from "@/lib/evidence/upload/read-evidence-upload";

async function main() {
  const mb = Number(process.argv[2] ?? "24");
  const root = await mkdtemp(path.join(tmpdir(), "faro-bench-evid-"));
  const boundary = "----faro-bench";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="grande.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  const total = mb * 1024 * 1024;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(head);
    },
    pull(c) {
      if (sent >= total) {
        c.enqueue(tail);
        c.close();
        return;
      }
      c.enqueue(chunk);
      sent += chunk.length;
    },
  });
  const request = new Request("http://localhost/bench", { method: "POST", body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, duplex: "half" } as RequestInit);
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const upload = await readEvidenceUpload(request, new DiskStorage(root), 25 * 1024 * 1024);
  const ms = performance.now() - started;
  clearInterval(timer);
  const file = upload.files[0]!;
  console.log(`${(file.sizeBytes / 1048576).toFixed(1)} MB en ${ms.toFixed(0)} ms (${(file.sizeBytes / 1048576 / (ms / 1000)).toFixed(0)} MB/s); memoria: +${((peak - base) / 1048576).toFixed(1)} MB sobre ${(base / 1048576).toFixed(0)} MB`);
  await rm(root, { recursive: true, force: true });
}

void main();
