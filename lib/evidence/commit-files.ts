// Turns staged uploads into stored objects of a revision: moves each from its
// temporary key to a final random key, runs the database write, and if that
// write fails deletes the objects again, so no file is left without its row.
import type { ObjectStorage } from "./storage/object-storage";
import { newFinalKey } from "./storage/random-key";
import type { StagedFile } from "./upload/stage-upload";
import { discardStaged } from "./upload/read-evidence-upload";

export type StoredFile = Omit<StagedFile, "tempKey"> & { storageKey: string };

export async function withCommittedFiles<T>(storage: ObjectStorage, staged: StagedFile[], write: (files: StoredFile[]) => Promise<T>): Promise<T> {
  const moved: StoredFile[] = [];
  try {
    for (const file of staged) {
      const storageKey = newFinalKey();
      await storage.move(file.tempKey, storageKey);
      moved.push({ storageKey, originalName: file.originalName, mediaType: file.mediaType, sizeBytes: file.sizeBytes, sha256: file.sha256 });
    }
    return await write(moved);
  } catch (error) {
    await Promise.all(moved.map((f) => storage.delete(f.storageKey).catch(() => undefined)));
    await discardStaged(storage, staged);
    throw error;
  }
}
