// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own crashkernel= parsing (of the tree the build names) on command lines
 * and prints what each entry point hands back, with the messages it printed. Built by
 * ../kernel-crashkernel-fixture.sh, which cuts from the tree, into the build directory:
 *   kstrtox-part.c   lib/kstrtox.c _parse_integer_fixup_radix() and _parse_integer_limit()
 *                    (_parse_integer() before 5.14: PARSE_INTEGER_LIMIT is 0 then)
 *   memparse-part.c  lib/cmdline.c memparse()
 *   crash-part.c     kernel/crash_core.c (to 6.8) or kernel/crash_reserve.c (6.11+), from
 *                    parse_crashkernel_mem() to the last of the exported parse_crashkernel*()
 *                    (parse_crashkernel_low() before 6.7, the generic parse_crashkernel() after)
 * and #includes them here after the shims (include/kernel-crashkernel-shim.h, include/linux/).
 *
 * simple_strtoull() lives in lib/vsprintf.c, too big to build here: harness_simple_strtoull()
 * below is this harness's own, doing what vsprintf.c's simple_strtoull() -> simple_strntoull(
 * cp, endp, base, INT_MAX) does in the trees from 5.14 and in 5.10.223 (whose
 * simple_strntoull() takes max_chars second, the same steps): the tree's
 * _parse_integer_fixup_radix(), then, as the prefix is shorter than INT_MAX, the tree's
 * _parse_integer_limit() with INT_MAX less the prefix, and the end advanced by the characters
 * it consumed (its overflow bit masked off). In 5.11 and 5.13 simple_strtoull() calls
 * _parse_integer() itself, with no limit (lib/vsprintf.c@v5.13:64-78), and so does this
 * function for them. Not static:
 * ../kernel-e820/harness.c links it (with memparse()) for parse_memmap_one().
 *
 * KV is VERSION * 100 + PATCHLEVEL (5.10 is 510): __parse_crashkernel() takes the name
 * before 6.7, parse_crashkernel() takes low_size and high from 6.7 (crash_core.c@v6.8:264,307),
 * cma_size from 6.17.
 *
 * Input, one case per line:
 *   c RAM LOW CMDLINE   RAM (system_ram) and LOW (DEFAULT_CRASH_KERNEL_LOW_SIZE) in hex,
 *                       CMDLINE the rest of the line (may be empty, may hold tabs)
 *   m STRING            memparse() of the rest of the line
 * Output, one line per case, fields separated by ';':
 *   c: the class parses __parse_crashkernel(CMDLINE, RAM, …) with suffix NULL, ",high",
 *      ",low" and ",cma" (before 6.7 NULL, ",high" and ",low" through the exported
 *      parse_crashkernel(), parse_crashkernel_high() and parse_crashkernel_low()), each as
 *        RET SIZE BASE MSGS
 *      then from 6.7 the generic parse_crashkernel(CMDLINE, RAM, …) called as arm64 and
 *      riscv do (low_size and high, cma_size NULL), as an arch without ,high does (all
 *      three NULL) and from 6.17 also as x86 does (low_size, cma_size and high), each as
 *        RET SIZE BASE LOW CMA HIGH MSGS
 *   m: VALUE CONSUMED
 * Numbers are hex except RET (decimal). MSGS is the messages the call printed, each as
 * W:text (pr_warn) or I:text (pr_info) without its newline, separated by '|'; in them '|',
 * ';', '\' and bytes outside 0x20-0x7e are written \xNN (a NUL printed by %c is \x00).
 *
 * With KERNEL_CRASHKERNEL_NO_MAIN defined, main() is left out and harness_take_log() hands
 * the log out: ../kernel-reserve/harness.c links this file for the parsing and the log,
 * ../kernel-zones/harness.c for memparse() and simple_strtoull() (harness_simple_strtoull()).
 */
#include "kernel-crashkernel-shim.h"

#include <stdarg.h>
#include <stdio.h>

unsigned long long harness_default_low;

unsigned long long harness_simple_strtoull(const char *cp, char **endp, unsigned int base);
#define simple_strtoull harness_simple_strtoull

#include "kstrtox-part.c"
#include "memparse-part.c"
#include "crash-part.c"

unsigned long long harness_simple_strtoull(const char *cp, char **endp, unsigned int base)
{
	const char *digits = _parse_integer_fixup_radix(cp, &base);
	unsigned long long value = 0;
#if PARSE_INTEGER_LIMIT
	unsigned int consumed = _parse_integer_limit(digits, base, &value, INT_MAX - (digits - cp));
#else
	unsigned int consumed = _parse_integer(digits, base, &value);
#endif

	if (endp)
		*endp = (char *)(digits + (consumed & ~KSTRTOX_OVERFLOW));
	return value;
}

static char logbuf[1 << 16];
static size_t loglen;

void harness_log(char level, const char *fmt, ...)
{
	char msg[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n < 0 || n >= (int)sizeof(msg))
		abort();
	if (n > 0 && msg[n - 1] == '\n')
		n--;
	if (loglen + 4 * (size_t)n + 4 >= sizeof(logbuf))
		abort();
	if (loglen)
		logbuf[loglen++] = '|';
	logbuf[loglen++] = level;
	logbuf[loglen++] = ':';
	for (int i = 0; i < n; i++) {
		unsigned char c = msg[i];

		if (c < 0x20 || c > 0x7e || c == '|' || c == ';' || c == '\\')
			loglen += sprintf(logbuf + loglen, "\\x%02x", c);
		else
			logbuf[loglen++] = c;
	}
	logbuf[loglen] = 0;
}

/* The messages since the last call, for the line; the log starts afresh. */
static const char *take_log(void)
{
	static char out[sizeof(logbuf)];

	memcpy(out, logbuf, loglen + 1);
	loglen = 0;
	logbuf[0] = 0;
	return out;
}

static void put_class(int ret, unsigned long long size, unsigned long long base)
{
	printf("%d %llx %llx %s", ret, size, base, take_log());
}

#if KV >= 607
static void put_generic(char *cmdline, unsigned long long ram, bool with_high, bool with_cma)
{
	unsigned long long size = 0, base = 0, low = 0, cma = 0;
	bool high = false;
	int ret;

#if KV >= 617
	ret = parse_crashkernel(cmdline, ram, &size, &base, with_high ? &low : NULL,
				with_cma ? &cma : NULL, with_high ? &high : NULL);
#else
	ret = parse_crashkernel(cmdline, ram, &size, &base, with_high ? &low : NULL,
				with_high ? &high : NULL);
#endif
	printf(";%d %llx %llx %llx %llx %d %s", ret, size, base, low, cma, high, take_log());
}
#endif

static void run_case(char *cmdline, unsigned long long ram)
{
	unsigned long long size, base;
	int ret;

#if KV >= 607
	static const char *const suffixes[] = { NULL, ",high", ",low", ",cma" };

	for (int i = 0; i < 4; i++) {
		size = base = 0;
		ret = __parse_crashkernel(cmdline, ram, &size, &base, suffixes[i]);
		if (i)
			putchar(';');
		put_class(ret, size, base);
	}
	put_generic(cmdline, ram, true, false);
	put_generic(cmdline, ram, false, false);
#if KV >= 617
	put_generic(cmdline, ram, true, true);
#endif
#else
	size = base = 0;
	ret = parse_crashkernel(cmdline, ram, &size, &base);
	put_class(ret, size, base);
	size = base = 0;
	ret = parse_crashkernel_high(cmdline, ram, &size, &base);
	putchar(';');
	put_class(ret, size, base);
	size = base = 0;
	ret = parse_crashkernel_low(cmdline, ram, &size, &base);
	putchar(';');
	put_class(ret, size, base);
	size = base = 0;
	ret = __parse_crashkernel(cmdline, ram, &size, &base, "crashkernel=", ",cma");
	putchar(';');
	put_class(ret, size, base);
#endif
	putchar('\n');
}

#ifdef KERNEL_CRASHKERNEL_NO_MAIN
/* The messages since the last call, for ../kernel-reserve/harness.c, which links this file. */
const char *harness_take_log(void)
{
	return take_log();
}
#else
int main(void)
{
	static char line[1 << 16];

	while (fgets(line, sizeof(line), stdin)) {
		size_t n = strlen(line);
		unsigned long long ram, low;
		int off = 0;

		if (n && line[n - 1] == '\n')
			line[--n] = 0;
		if (line[0] == 'm' && line[1] == ' ') {
			char *end;
			unsigned long long v = memparse(line + 2, &end);

			printf("%llx %tx\n", v, end - (line + 2));
		} else if (line[0] == 'c' && sscanf(line, "c %llx %llx %n", &ram, &low, &off) == 2 && off) {
			/* %n skipped the spaces after LOW too: the command line starts after one. */
			char *cmdline = strchr(strchr(line + 2, ' ') + 1, ' ') + 1;

			harness_default_low = low;
			run_case(cmdline, ram);
		} else {
			printf("bad-line\n");
		}
		if (loglen)
			abort();
	}
	return 0;
}
#endif
