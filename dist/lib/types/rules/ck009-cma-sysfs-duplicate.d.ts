/** What the kernel prints at boot (fs/sysfs/dir.c sysfs_warn_dup(): "/kernel/mm" + "/cma" + "/" + the name). */
export declare const CMA_SYSFS_DUPLICATE = "sysfs: cannot create duplicate filename '/kernel/mm/cma/crashkernel'";
declare const _default: import("./define-rule.js").Rule<"duplicate">;
export default _default;
