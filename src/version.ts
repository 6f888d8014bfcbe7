// SPDX-License-Identifier: GPL-2.0-only
/** crashkernel-check's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0'
/** The tool name used in reports, SARIF and the job summary. */
export const TOOL_NAME = 'crashkernel-check'
