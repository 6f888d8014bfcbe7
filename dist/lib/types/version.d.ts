/** crashkernel-check's version; a test keeps it equal to package.json's. */
export declare const VERSION = "0.1.0";
/** The tool name used in reports, SARIF and the job summary. */
export declare const TOOL_NAME = "crashkernel-check";
