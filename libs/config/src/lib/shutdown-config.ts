import { z } from 'zod';

/**
 * How long a process may take to shut down before it exits regardless: below the orchestrator's grace
 * (Kubernetes sends SIGKILL 30 s after SIGTERM by default), so the process ends on its own terms and says
 * what it was still waiting for. Work cut short is not lost: uncommitted events and unfinished queue jobs
 * are delivered again.
 */
export const shutdownConfigSchema = z.object({
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(25_000),
});

export type ShutdownConfig = z.infer<typeof shutdownConfigSchema>;
