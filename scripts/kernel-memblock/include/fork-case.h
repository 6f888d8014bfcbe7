/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * FORK_CASE(out, call): runs `call` in a child process, so that each case starts from
 * memblock's static initialiser and a BUG(), panic() or sanitizer report ends that case
 * only. The child flushes `out` and exits 0; the parent prints "abort <wait status>" to `out`
 * when it did not. Evaluates to 0, or -1 when fork() or waitpid() failed. Used by the
 * memblock, reserve and x86dm harnesses.
 *
 * fork_case_loop(out, fn): the main loop of a harness whose cases are the lines of stdin:
 * "case N" to `out`, then fn(line) under FORK_CASE. Returns main()'s status (1 when a fork
 * failed). Used by the memblock, e820 and x86dm harnesses.
 */
#ifndef FORK_CASE_H
#define FORK_CASE_H
#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>

#define FORK_CASE(out, call) ({						\
	int fc_status, fc_ret = 0;					\
	pid_t fc_pid;							\
									\
	fflush(out);							\
	fc_pid = fork();						\
	if (fc_pid == 0) {						\
		call;							\
		fflush(out);						\
		_exit(0);						\
	}								\
	if (fc_pid < 0 || waitpid(fc_pid, &fc_status, 0) < 0)		\
		fc_ret = -1;						\
	else if (!WIFEXITED(fc_status) || WEXITSTATUS(fc_status))	\
		fprintf(out, "abort %x\n", fc_status);			\
	fc_ret;								\
})

static inline int fork_case_loop(FILE *out, void (*fn)(char *line))
{
	static char line[1 << 20];
	unsigned long n = 0;

	while (fgets(line, sizeof(line), stdin)) {
		fprintf(out, "case %lu\n", n++);
		if (FORK_CASE(out, fn(line)) < 0)
			return 1;
	}
	fflush(out);
	return 0;
}
#endif
