// SPDX-License-Identifier: GPL-2.0-only
/** Bounded retries with exponential backoff for GitHub REST calls. */
import { classifyError, type GitHubApiError } from './errors.js'

export interface RetryOptions {
  /** Total attempts, the first included (default 4). */
  attempts?: number
  /** First backoff; doubles each retry (default 1000 ms; tests shorten it). */
  baseDelayMs?: number
  /** Longest rate-limit wait worth sitting out inside a CI step (default 20 s). */
  maxRateLimitWaitMs?: number
  /** Injectable sleep (tests). */
  sleep?: (ms: number) => Promise<void>
  /** Told about every retry (the action logs it at debug level). */
  onRetry?: (error: GitHubApiError, attempt: number, delayMs: number) => void
}

export const DEFAULT_RETRY: Required<Omit<RetryOptions, 'sleep' | 'onRetry'>> = { attempts: 4, baseDelayMs: 1000, maxRateLimitWaitMs: 20_000 }

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `call`, retrying server errors (5xx, network, timeout) with exponential backoff and
 * rate limits when GitHub's requested wait is short; permission and validation errors are
 * not retried.
 *
 * @param what - the call, for error messages
 * @param call - the request; given the attempt number (1 for the first), so a call that is
 *   not idempotent (a POST) can look for what an earlier attempt may have done
 * @param options - attempts, backoff, sleep
 * @returns the call's result
 * @throws GitHubApiError after the last attempt, or at once when retrying cannot help
 */
export async function withRetry<T>(what: string, call: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? DEFAULT_RETRY.attempts)
  const base = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs
  const maxWait = options.maxRateLimitWaitMs ?? DEFAULT_RETRY.maxRateLimitWaitMs
  const sleep = options.sleep ?? realSleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt)
    } catch (thrown) {
      const error = classifyError(thrown, what)
      let delay: number | undefined
      if (error.kind === 'server') delay = base * 2 ** (attempt - 1)
      else if (error.kind === 'rate-limited') delay = error.retryAfterMs !== undefined && error.retryAfterMs <= maxWait ? Math.max(error.retryAfterMs, base) : undefined
      if (delay === undefined || attempt >= attempts) throw error
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
