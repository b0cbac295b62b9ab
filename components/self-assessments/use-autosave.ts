"use client";

// Autosave for the filling page. Each change is sent within a second
// (debounced per activity, one save in flight per activity so each carries
// the version the previous one returned). A save that cannot reach the server
// is kept in localStorage and sent again when the connection returns, also
// after a reload. A conflict (someone else saved first) is shown, never
// overwritten.
import { useCallback, useEffect, useRef, useState } from "react";
import { putAnswer, type Answer, type SaveOutcome } from "./put-answer";

export type { Answer } from "./put-answer";
export type RowStatus = "saved" | "pending" | "saving" | "offline" | "error" | "conflict";
export type Conflict = { mine: Answer; theirs: Answer & { updatedByName: string | null } };

const DEBOUNCE_MS = 600;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export function useAutosave(options: { entityId: string; assessmentId: string; initial: Record<string, Answer> }) {
  const { entityId, assessmentId } = options;
  const storageKey = `faro:pendientes:${assessmentId}`;
  const [answers, setAnswers] = useState(options.initial);
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  // Mutable mirrors for timers and in-flight saves (not rendered).
  const current = useRef(options.initial);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const inFlight = useRef(new Set<string>());

  const setAnswer = useCallback((activityId: string, answer: Answer) => {
    current.current = { ...current.current, [activityId]: answer };
    setAnswers(current.current);
  }, []);

  const queue = useCallback(
    (activityId: string, answer: Answer | null) => {
      let stored: Record<string, Answer> = {};
      try {
        stored = JSON.parse(localStorage.getItem(storageKey) ?? "{}") as Record<string, Answer>;
      } catch {
        // unreadable: start a new queue
      }
      localStorage.setItem(storageKey, JSON.stringify(answer ? { ...stored, [activityId]: answer } : without(stored, activityId)));
    },
    [storageKey],
  );

  const apply = useCallback(
    (activityId: string, sent: Answer, outcome: SaveOutcome) => {
      if (outcome.kind === "saved") {
        queue(activityId, null);
        // Edits typed while the save travelled go on top of the new version.
        setAnswer(activityId, { ...current.current[activityId]!, version: outcome.version });
        setErrors((e) => without(e, activityId));
        setStatus((s) => ({ ...s, [activityId]: timers.current.has(activityId) ? "pending" : "saved" }));
      } else if (outcome.kind === "conflict") {
        queue(activityId, null);
        setConflicts((c) => ({ ...c, [activityId]: { mine: sent, theirs: outcome.theirs } }));
        setStatus((s) => ({ ...s, [activityId]: "conflict" }));
      } else if (outcome.kind === "offline") {
        queue(activityId, sent);
        setStatus((s) => ({ ...s, [activityId]: "offline" }));
      } else {
        if (outcome.retryable) queue(activityId, sent);
        setErrors((e) => ({ ...e, [activityId]: outcome.message }));
        setStatus((s) => ({ ...s, [activityId]: "error" }));
      }
    },
    [queue, setAnswer],
  );

  const save = useCallback(
    async (activityId: string) => {
      const sent = current.current[activityId]!;
      inFlight.current.add(activityId);
      setStatus((s) => ({ ...s, [activityId]: "saving" }));
      try {
        apply(activityId, sent, await putAnswer({ entityId, assessmentId, activityId }, sent));
      } finally {
        inFlight.current.delete(activityId);
      }
    },
    [apply, assessmentId, entityId],
  );

  const schedule = useCallback(
    (activityId: string) => {
      const arm = () => {
        timers.current.set(
          activityId,
          setTimeout(() => {
            if (inFlight.current.has(activityId)) return arm();
            timers.current.delete(activityId);
            void save(activityId);
          }, DEBOUNCE_MS),
        );
      };
      const timer = timers.current.get(activityId);
      if (timer) clearTimeout(timer);
      arm();
    },
    [save],
  );

  const change = useCallback(
    (activityId: string, patch: Partial<Omit<Answer, "version">>) => {
      setAnswer(activityId, { ...current.current[activityId]!, ...patch });
      setStatus((s) => ({ ...s, [activityId]: "pending" }));
      schedule(activityId);
    },
    [schedule, setAnswer],
  );

  /** After a conflict the person chooses: keep theirs (saved on top of the other) or take the stored one. */
  const resolve = useCallback(
    (activityId: string, choice: "mine" | "theirs") => {
      const conflict = conflicts[activityId];
      if (!conflict) return;
      setConflicts((c) => without(c, activityId));
      if (choice === "theirs") {
        setAnswer(activityId, conflict.theirs);
        setStatus((s) => ({ ...s, [activityId]: "saved" }));
      } else {
        setAnswer(activityId, { ...conflict.mine, version: conflict.theirs.version });
        void save(activityId);
      }
    },
    [conflicts, save, setAnswer],
  );

  // Send what was kept while offline: at load and whenever the network returns.
  useEffect(() => {
    const replay = () => {
      let stored: Record<string, Answer> = {};
      try {
        stored = JSON.parse(localStorage.getItem(storageKey) ?? "{}") as Record<string, Answer>;
      } catch {
        return;
      }
      for (const [activityId, answer] of Object.entries(stored)) {
        if (!(activityId in current.current)) continue;
        setAnswer(activityId, answer);
        void save(activityId);
      }
    };
    replay();
    window.addEventListener("online", replay);
    return () => window.removeEventListener("online", replay);
  }, [save, setAnswer, storageKey]);

  const unsaved = Object.values(status).some((s) => s === "pending" || s === "saving" || s === "offline" || s === "error");
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return { answers, status, errors, conflicts, change, resolve, unsaved };
}
