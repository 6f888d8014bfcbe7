// DO NOT EDIT: generated from schemas/report.schema.json by `npm run gen`.
"use strict";
module.exports = validate20;
module.exports.default = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://crashkernel-check.dev/schemas/report/v1.json","title":"Report","description":"Everything one run of crashkernel-check found: the report `crashkernel-check check --format json` prints, the library's formatJson() returns and the action writes to `results-file`. Findings say what is wrong and where; layouts carry the full simulation result of every board × RAM variant × kernel. 64-bit addresses and sizes are strings of 16 lowercase hex digits (`0x%016x`, as the kernel's `%016llx`); counts, flags and node ids are JSON numbers.","type":"object","additionalProperties":false,"required":["tool","files","findings","layouts","counts"],"properties":{"tool":{"$ref":"#/$defs/tool"},"files":{"description":"The matrix files checked, in order.","type":"array","items":{"type":"string"}},"findings":{"description":"Every finding, suppressed ones included, sorted by file, then position, then severity and rule id, then the order of their layouts in `layouts` (findings without a layout first), then message.","type":"array","items":{"$ref":"#/$defs/finding"}},"layouts":{"description":"Every simulated layout (board × RAM variant × kernel), in matrix order. A problem in a board's matrix entry leaves out what it affects: every layout of the board, or only those of one RAM variant or one kernel (an SC003 error such as overlapping banks in one variant, or an initrd inside one kernel's image).","type":"array","items":{"$ref":"#/$defs/layout"}},"counts":{"$ref":"#/$defs/counts"},"kernelOverride":{"description":"The kernels that replaced every board's `kernels` in this run, as given (CLI `--kernel`, the action's input `kernel`, check()'s `kernels`): series such as `6.12` or releases such as `6.1.192`; each layout's `kernel` is the release one of them resolved to. Absent when each board was checked with its own `kernels`.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"boardSuggestions":{"description":"One crashkernel= value per board, where one does better than the board's own on every layout it was checked with (per command line, where the board's layouts read several: a kernel entry's own line read by its RAM variants). Absent when none does.","type":"array","minItems":1,"items":{"$ref":"#/$defs/boardSuggestion"}},"problems":{"description":"What kept the run from checking everything it was given, besides its findings: a matrix file it could not read, a `boards` pattern that matches no board id, check jobs of a fan-out whose results are missing or incomplete. The CLI exits 2 with them, the action fails the step. Written by the CLI's `--format json` and in the action's results file (a fan-out check job's in `fanout.problems`, which `aggregate` reads). Absent when there were none.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"unsimulated":{"description":"The matrix files, and the boards of them (those `boards` selects; every one of a file that does not decode), of which no layout was simulated, in file order: what every format's totals count apart from the simulated boards. Absent when every one given was simulated, and in reports of earlier versions.","type":"array","minItems":1,"items":{"$ref":"#/$defs/unsimulated"}},"fanout":{"$ref":"#/$defs/fanout"}},"$defs":{"hex64":{"title":"Hex64","description":"A 64-bit physical address or size in bytes (the engine's bigint PhysAddr/PhysSize), written as `0x` and exactly 16 lowercase hex digits, e.g. `0x0000000040000000`.","type":"string","pattern":"^0x[0-9a-f]{16}$"},"jsonPointer":{"title":"JsonPointer","description":"An RFC 6901 JSON Pointer into the matrix document, e.g. `/boards/2/memory/0/base` (`\"\"` for the whole document).","type":"string","pattern":"^(/([^~/]|~[01])*)*$"},"kernelRelease":{"title":"KernelRelease","description":"A kernel release as simulated, e.g. `6.12.117`: a series written in the matrix (`6.12`) is resolved to the Debian release of its kernel profile (`6.12.117`; 5.10, 6.1, 6.12, 7.2 and 7.3 have one), any other series to its .0 (`6.6` → `6.6.0`).","type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$"},"tool":{"title":"Tool","description":"The program that wrote the report.","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Always `crashkernel-check`.","const":"crashkernel-check"},"version":{"description":"crashkernel-check's version (package.json), e.g. `0.1.0`.","type":"string","minLength":1}}},"finding":{"title":"Finding","description":"One problem, found by one rule ([docs/rules](rules/README.md)) in one board, layout or document.","type":"object","additionalProperties":false,"required":["ruleId","ruleName","severity","messageId","message","data","file","pointer","evidence","docsUrl"],"properties":{"ruleId":{"description":"Stable rule id, e.g. `SC002`: families CK (crashkernel), LM (linear map), PR (protection), SC (schema and matrix).","type":"string","pattern":"^[A-Z]{2}[0-9]{3}$"},"ruleName":{"description":"Readable alias of the rule, e.g. `schema-violation`.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"severity":{"$ref":"#/$defs/severity"},"messageId":{"description":"Which of the rule's message templates was used, e.g. `notReserved`; stable, unlike the text.","type":"string","pattern":"^[a-z][A-Za-z0-9]*$"},"message":{"description":"The message rendered once from the rule's template and `data`.","type":"string","minLength":1},"data":{"description":"The values filled into the message template, by placeholder name (all strings, already formatted for a person).","type":"object","additionalProperties":{"type":"string"}},"file":{"description":"The matrix file the finding is in, as given to the check.","type":"string"},"boardId":{"description":"The board the finding is about (absent for document-level problems).","type":"string"},"layoutName":{"description":"The layout (RAM variant / kernel) the finding is about: `<RAM variant>/<kernel as written>`, or the kernel alone for a board with one set of banks. A kernel entry with a `policy` of its own is written `6.1+whatif-bhe-4g-low-end`; a later entry written as an earlier one gets `#2`, `#3` (`6.12#2`), so that each layout's name is its own. An SC003 error about one kernel of a board (an image size, a placement that overlaps that kernel's image) names the layout it kept from the engine, which `layouts` then lacks.","type":"string"},"kernel":{"$ref":"#/$defs/kernelRelease","description":"Kernel release of the layout (a series written in the matrix resolved as simulate() does: to the Debian release of its kernel profile (5.10 → 5.10.223, 6.1 → 6.1.192, 6.12 → 6.12.117, 7.2 → 7.2.13, 7.3 → 7.3.4), any other series to its .0)."},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The value in the matrix to look at or change."},"location":{"$ref":"#/$defs/sourceLocation"},"evidence":{"description":"dmesg-like lines the simulated kernel printed that back the finding (empty for matrix problems).","type":"array","items":{"$ref":"#/$defs/traceEvent"}},"suggestion":{"$ref":"#/$defs/suggestion","description":"The preferred fix, verified by simulating every layout of the board with it."},"alternatives":{"description":"Other verified fixes, in order of preference (a different strategy each). Absent when there are none.","type":"array","minItems":1,"items":{"$ref":"#/$defs/suggestion"}},"docsUrl":{"description":"The rule's documentation page.","type":"string","pattern":"^https://"},"suppressed":{"$ref":"#/$defs/suppressed"}}},"severity":{"title":"Severity","description":"ESLint/SARIF-style level of a finding; `note` is SARIF's name for \"info\".","enum":["error","warning","note"]},"sourceLocation":{"title":"SourceLocation","description":"Where the value at `pointer` sits in its file; for a value the file does not hold (one a preset or `defaults` supplies), its nearest ancestor in the file. Lines and columns are 1-based; columns count UTF-16 units.","type":"object","additionalProperties":false,"required":["file","line","column","endLine","endColumn","offset","length"],"properties":{"file":{"description":"The matrix file.","type":"string"},"line":{"description":"Line of the first character (1-based).","type":"integer","minimum":1},"column":{"description":"Column of the first character (1-based, UTF-16 units).","type":"integer","minimum":1},"endLine":{"description":"Line of the end of the value (1-based).","type":"integer","minimum":1},"endColumn":{"description":"Column just after the last character of the value (1-based, UTF-16 units).","type":"integer","minimum":1},"offset":{"description":"0-based character offset (UTF-16 units) of the first character of the value.","type":"integer","minimum":0},"length":{"description":"Length of the value in characters (UTF-16 units).","type":"integer","minimum":0}}},"boardSuggestion":{"title":"BoardSuggestion","description":"One crashkernel= value for a whole board, verified on every layout of it that was checked (or, where its layouts read several command lines, on every layout that reads the one it edits: a kernel entry's own line and its RAM variants): the board's findings each get the fix for that finding, and on a board of several RAM variants and kernels those can differ.","type":"object","additionalProperties":false,"required":["file","boardId","value","layouts","warned","noted","suggestion"],"properties":{"file":{"description":"The matrix file the board is in.","type":"string"},"boardId":{"description":"The board's `id`.","type":"string"},"value":{"description":"The crashkernel= tokens as they go on the command line, e.g. `crashkernel=464M`.","type":"string","minLength":1},"layouts":{"description":"Layouts of the board the value was verified on (those that read the command line it edits).","type":"integer","minimum":2},"warned":{"description":"Of those, the layouts it leaves with a warning.","type":"integer","minimum":0},"noted":{"description":"Of those, the layouts it leaves with a note.","type":"integer","minimum":0},"suggestion":{"$ref":"#/$defs/suggestion","description":"The edit: the board's command line with `value` in place of its crashkernel= tokens."},"location":{"$ref":"#/$defs/sourceLocation","description":"The command line in the file; the board, when it takes its command line from a preset or `defaults`."}}},"suggestion":{"title":"Suggestion","description":"A fix the engine verified, described for a person; never applied automatically.","type":"object","additionalProperties":false,"required":["description"],"properties":{"description":{"description":"What to change and why it helps.","type":"string","minLength":1},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The value to change, when the fix is a replacement."},"replacement":{"description":"The new value (as JSON text would hold it, e.g. a command line), when the fix is a replacement.","type":"string"},"operation":{"description":"`add`: the property at `pointer` does not exist yet and is created with `replacement` (JSON Patch \"add\", e.g. a board's own `cmdline` when it came from its preset or `defaults`). Absent or `replace`: the value at `pointer` is replaced.","enum":["replace","add"]}}},"suppressed":{"title":"Suppressed","description":"Present when the board's `suppress` silences the rule; suppressed findings are reported but not counted in `error`, `warning` or `note`.","type":"object","additionalProperties":false,"required":["reason"],"properties":{"reason":{"description":"The `reason` the matrix gives for the suppression.","type":"string"}}},"layout":{"title":"LayoutReport","description":"One simulated layout (board × RAM variant × kernel) and the engine's result.","type":"object","additionalProperties":false,"required":["file","boardId","layoutName","kernel","pointer","result"],"properties":{"file":{"description":"The matrix file of the board.","type":"string"},"boardId":{"description":"The board's `id`.","type":"string"},"layoutName":{"description":"`<RAM variant>/<kernel as written>`, or the kernel alone for a board with one set of banks. A kernel entry with a `policy` of its own is written `6.1+whatif-bhe-4g-low-end`; a later entry written as an earlier one gets `#2`, `#3` (`6.12#2`), so that each layout's name is its own.","type":"string"},"kernel":{"$ref":"#/$defs/kernelRelease","description":"Resolved kernel release of the layout."},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The board in the matrix, e.g. `/boards/1`."},"cmdline":{"description":"The kernel command line the layout boots with (the board's `cmdline`, or its kernel entry's), whole: the kernel, and the engine, read only its first COMMAND_LINE_SIZE - 1 bytes (2047; 1023 on riscv64 before 7.1), and CK004 `truncated` names a crashkernel= past them. Absent in results files of versions before it was written.","type":"string"},"result":{"$ref":"#/$defs/simulationResult"},"devices":{"description":"The layout's DMA devices (the engine's input, not its result): the job summary shows each dump target's reach.","type":"array","items":{"$ref":"#/$defs/dmaDevice"}}}},"dmaDevice":{"title":"DmaDevice","description":"A device that does DMA, with the highest CPU physical address it can reach.","type":"object","additionalProperties":false,"required":["name","dmaLimit","dumpTarget"],"properties":{"name":{"description":"The device's name in the matrix.","type":"string"},"dmaLimit":{"$ref":"#/$defs/hex64","description":"Inclusive highest CPU physical address the device can reach."},"dumpTarget":{"description":"The disk or NIC that writes the vmcore.","type":"boolean"}}},"simulationResult":{"title":"SimulationResult","description":"What the simulated kernel ends its early boot with: the crashkernel= outcome, the zones, memblock.memory and memblock.reserved, the linear map and the dmesg lines.","type":"object","additionalProperties":false,"required":["arch","kernel","policy","crashkernel","request","zones","zoneLines","zoneLinesAt","lowMax","highMax","systemRam","memory","reserved","protection","trace"],"properties":{"arch":{"description":"CPU architecture.","enum":["arm64","x86_64","riscv64"]},"kernel":{"$ref":"#/$defs/kernelRelease","description":"The kernel release simulated."},"policy":{"description":"Id of the kernel policy (behaviour epoch) the release was simulated with, e.g. `arm64-6.12.117` ([docs/policies.md](policies.md)).","type":"string","minLength":1},"crashkernel":{"$ref":"#/$defs/crashkernelOutcome"},"request":{"$ref":"#/$defs/request"},"crashkernelCma":{"$ref":"#/$defs/crashkernelCma"},"zones":{"description":"The zone ranges as the kernel prints them under \"Zone ranges:\".","type":"array","items":{"$ref":"#/$defs/zoneRange"}},"zoneLines":{"description":"The zone lines exactly as printed (the \"Zone ranges:\" block through \"Initmem setup\"); none where the boot hangs in the crash reservation before printing them (from 7.0, and on x86_64, the block follows it). `zones` still gives the zones the kernel would have set up.","type":"array","items":{"type":"string"}},"zoneLinesAt":{"description":"Where the kernel printed `zoneLines` among the `trace` lines: before `trace[zoneLinesAt]` (the length of `trace` when they come last). Up to 6.x on arm64 and riscv64 the block comes before the deferred crash reservation's lines; on x86_64 and from 7.0 after them.","type":"integer","minimum":0},"lowMax":{"$ref":"#/$defs/hex64","description":"CRASH_ADDR_LOW_MAX in force: the exclusive end of the window the low (or only) crash region is searched in."},"highMax":{"$ref":"#/$defs/hex64","description":"CRASH_ADDR_HIGH_MAX in force: the exclusive end of the window a `,high` (or fallback) crash region is searched in."},"systemRam":{"$ref":"#/$defs/hex64","description":"memblock_phys_mem_size(): bytes of memblock.memory at the end of the simulation."},"memory":{"description":"memblock.memory at the end of the simulation, in address order.","type":"array","items":{"$ref":"#/$defs/memblockRegion"}},"reserved":{"description":"memblock.reserved at the end of the simulation, in address order.","type":"array","items":{"$ref":"#/$defs/memblockRegion"}},"linearMap":{"$ref":"#/$defs/linearMap"},"satpMode":{"$ref":"#/$defs/satpMode"},"protection":{"$ref":"#/$defs/protection"},"directMapKb":{"$ref":"#/$defs/directMap"},"directMapRuntimeSplits2M":{"description":"x86_64, with `directMapKb`: 2 MiB pages the page allocator may split after boot beyond those predicted.","type":"integer","minimum":0},"panic":{"$ref":"#/$defs/bootPanic"},"trace":{"description":"dmesg-like events in boot order.","type":"array","items":{"$ref":"#/$defs/traceEvent"}}}},"crashkernelOutcome":{"title":"CrashkernelOutcome","description":"What became of the crashkernel= request, by `kind`.","type":"object","properties":{"kind":{"enum":["not-requested","ignored","reserved","failed","hang"],"description":"`not-requested` (no crashkernel= in the part of the command line the kernel keeps), `ignored`, `reserved`, `failed` or `hang`."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/notRequested"},{"$ref":"#/$defs/ignored"},{"$ref":"#/$defs/reserved"},{"$ref":"#/$defs/failed"},{"$ref":"#/$defs/hang"}]},"notRequested":{"title":"NotRequested","description":"The part of the command line the kernel keeps has no crashkernel= option: none was given, or each lies past the cut (CK004 truncated).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"not-requested"}}},"ignored":{"title":"Ignored","description":"The option was present but parsing or validation made the kernel ignore it (with or without a message).","type":"object","additionalProperties":false,"required":["kind","reason"],"properties":{"kind":{"const":"ignored"},"reason":{"description":"Why: `syntax` (parse_crashkernel() rejected it), `zero` (a size of 0, e.g. no range of a range list matched), `size-exceeds-ram` (the size is not below System RAM), `unsupported-suffix` (only `,high`/`,low` tokens, which this kernel does not know), `low-only` (only `crashkernel=…,low` or `crashkernel=…,cma` tokens: no plain or `,high` size), `no-crash-kernel` (the kernel has no crash kernel code on this arch: riscv64 before 5.13), `kdump-kernel` (the kernel boots as a capture kernel, `elfcorehdr=` on its command line, and reserves nothing for another: riscv64 5.13 – 6.6).","enum":["syntax","zero","size-exceeds-ram","unsupported-suffix","low-only","no-crash-kernel","kdump-kernel"]}}},"reserved":{"title":"Reserved","description":"The crash kernel region was reserved (crashk_res, and crashk_low_res for a low region).","type":"object","additionalProperties":false,"required":["kind","main","fellBack","high","fixed"],"properties":{"kind":{"const":"reserved"},"main":{"$ref":"#/$defs/crashRegion","description":"The main region (crashk_res)."},"low":{"$ref":"#/$defs/crashRegion","description":"The low region (crashk_low_res), when one was reserved (`,low`, or the default low size of a `,high` or fallen-back main region)."},"fellBack":{"description":"The main region was placed by a fallback attempt (e.g. above the low limit).","type":"boolean"},"high":{"description":"Requested via `,high`.","type":"boolean"},"fixed":{"description":"Requested at a fixed base (`size@offset`).","type":"boolean"}}},"failed":{"title":"Failed","description":"The kernel tried to reserve the region and gave up (it prints why).","type":"object","additionalProperties":false,"required":["kind","size","reason","searched"],"properties":{"kind":{"const":"failed"},"size":{"$ref":"#/$defs/hex64","description":"The size that could not be reserved (page-aligned)."},"reason":{"description":"`no-room` (no free range fits in any window searched), `low-failed` (the main region fit but the low one did not), `fixed-in-use` (the `@offset` range is already reserved), `fixed-not-memory`, `fixed-misaligned`, `fixed-overlaps`.","enum":["no-room","low-failed","fixed-in-use","fixed-not-memory","fixed-misaligned","fixed-overlaps"]},"searched":{"description":"Every [base, base + size) window that was searched, in order: for `low-failed`, the main region's windows, then the low part's, [0, CRASH_ADDR_LOW_MAX).","type":"array","items":{"$ref":"#/$defs/range"}},"largestFree":{"$ref":"#/$defs/range","description":"For `no-room`: the largest free range inside the windows searched, as memblock stood when the search failed (later early allocations fill the final map further); absent when they hold no free memory."}}},"hang":{"title":"Hang","description":"The boot never finishes, by `cause`: `endless-retry` or `early-param`.","type":"object","required":["kind","cause"],"properties":{"kind":{"const":"hang"},"cause":{"enum":["endless-retry","early-param"],"description":"Why the boot never finishes: `endless-retry` ([endlessRetry](#endlessretry)) or `early-param` ([earlyParamStop](#earlyparamstop))."}},"discriminator":{"propertyName":"cause"},"oneOf":[{"$ref":"#/$defs/endlessRetry"},{"$ref":"#/$defs/earlyParamStop"}]},"endlessRetry":{"title":"EndlessRetry","type":"object","additionalProperties":false,"required":["kind","cause","size","window"],"properties":{"kind":{"const":"hang"},"cause":{"const":"endless-retry","description":"The reservation retries a window forever."},"size":{"$ref":"#/$defs/hex64","description":"The size requested."},"window":{"$ref":"#/$defs/range","description":"The window retried forever."}},"description":"The kernel loops forever, retrying a window it has already searched (an empty one, or the same one when the low and high limits coincide): the boot hangs."},"earlyParamStop":{"title":"EarlyParamStop","type":"object","additionalProperties":false,"required":["kind","cause","param","fault","at","fn"],"properties":{"kind":{"const":"hang"},"cause":{"const":"early-param","description":"An early parameter stopped the boot."},"param":{"type":"string","description":"The parameter as the command line has it, e.g. `kernelcore` or `memmap=256M%0x60000000-1+1`."},"fault":{"enum":["bug","null-dereference","panic"],"description":"`bug`: a BUG_ON() fires; `null-dereference`: the handler reads through a NULL pointer; `panic`: what the handlers left makes the kernel panic right after parse_early_param() (x86 `Invalid user supplied memory map`)."},"at":{"type":"string","description":"The kernel file and function that faults, e.g. `arch/x86/kernel/e820.c __e820__range_update`."},"fn":{"type":"string","description":"The function alone, as the kernel's fault line (x86 `RIP:`, arm64 `pc :`) names it, e.g. `__e820__range_update`."}},"description":"An early parameter's handler stops the boot in parse_early_param(), before the reservation and the memblock setup (x86's memblock is still empty; arm64's and riscv64's hold only the DT's memory nodes): a BUG_ON() fires or the handler reads through NULL, and the kernel halts or panics; or (x86, fault `panic`) e820__finish_early_params(), right after parse_early_param(), refuses the table mem=/memmap= left and panics. The layout's zones, memory and reserved lists are empty and its trace ends there."},"range":{"title":"PhysRange","description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/hex64","description":"First address."},"size":{"$ref":"#/$defs/hex64","description":"Size in bytes."}}},"crashRegion":{"title":"CrashRegion","description":"A reservation made by the crash kernel code, [base, base + size). Mirrors crashk_res / crashk_low_res (whose inclusive `end` is base + size - 1).","type":"object","additionalProperties":false,"required":["kind","base","size"],"properties":{"kind":{"description":"`main` (crashk_res) or `low` (crashk_low_res).","enum":["main","low"]},"base":{"$ref":"#/$defs/hex64","description":"First address of the region."},"size":{"$ref":"#/$defs/hex64","description":"Size of the region in bytes."}}},"request":{"title":"Request","description":"The crashkernel= tokens and what the kernel's parser made of them (the last crashkernel= of each kind wins, as in the kernel). With no crashkernel= in the part of the command line the kernel keeps (its first COMMAND_LINE_SIZE - 1 bytes), only `present` (false). Otherwise which sizes are present depends on the form: plain or range-list (`size` and `base`), or `,high` (`high`, with `low` as described there), each written whenever the kernel went on to reserve; for a value the kernel ignored, what the parser had read (`size` 0 when it found no number), with `base` or `low` on some generations only.","type":"object","additionalProperties":false,"required":["present"],"properties":{"present":{"description":"The command line has a crashkernel= option in the part the kernel keeps; when false, no other property is present.","type":"boolean"},"size":{"$ref":"#/$defs/hex64","description":"The size parsed from `crashkernel=size[@offset]` or the matching entry of a range list."},"base":{"$ref":"#/$defs/hex64","description":"The `@offset` of the request, the kernel's crash_base; `0x0000000000000000` when none was given. `@0` (and an `@` followed by no number) give the same 0: every modelled kernel starts crash_base at 0 and treats 0 as \"no fixed base, place it anywhere\", so those requests are one and the same (`crashkernel.fixed` is false for them)."},"high":{"$ref":"#/$defs/hex64","description":"The size of `crashkernel=size,high`."},"low":{"$ref":"#/$defs/hex64","description":"The low size. With `,high`: the size of `crashkernel=size,low`, or without a `,low` token the kernel's default low size (0 where it reserves none by default). x86_64 up to 6.6 records instead the size of the low region actually reserved, after a plain request too (one that fell back above 4 GiB), and leaves `low` out when none was."},"cma":{"$ref":"#/$defs/hex64","description":"The size of `crashkernel=size,cma`, where the kernel reads it (x86_64 6.17+, arm64 and riscv64 7.3+); absent elsewhere and without one."}},"if":{"properties":{"present":{"const":false}}},"then":{"maxProperties":1}},"crashkernelCma":{"title":"CrashkernelCma","description":"What reserve_crashkernel_cma() did with `crashkernel=size,cma` (x86_64 6.17+, arm64 and riscv64 7.3+): CMA areas for the crash kernel besides the main reservation, which the running kernel lends to movable allocations until a crash. The kernel reserves them after the main reservation, whether that succeeded or failed; absent without a `,cma` size, where the kernel does not read one, or when crashkernel= is ignored.","type":"object","additionalProperties":false,"required":["requested","reserved","ranges"],"properties":{"requested":{"$ref":"#/$defs/hex64","description":"The size asked for."},"reserved":{"$ref":"#/$defs/hex64","description":"What the kernel counts as reserved (the sizes it asked for). Below `requested`, it printed \"crashkernel CMA reservation failed\"."},"ranges":{"description":"The areas (crashk_cma_ranges[]), each as large as its CMA area: the size asked for rounded up to the CMA alignment. At most four: the kernel halves the size after each failure.","type":"array","maxItems":4,"items":{"$ref":"#/$defs/range"}},"unsupported":{"const":true,"description":"The kernel has no CONFIG_CMA and reserved nothing (\"crashkernel CMA reservation not supported\")."}}},"bootPanic":{"title":"BootPanic","description":"The boot panics after the crash reservation, by `cause`: the reservation's lines are out, but the kernel never starts a shell or loads a crash kernel. Absent when it does not.","type":"object","properties":{"cause":{"enum":["node-without-pgdat","no-real-mode-trampoline"],"description":"`node-without-pgdat` (in setup_arch()) or `no-real-mode-trampoline` (in the early initcalls)."}},"required":["cause"],"discriminator":{"propertyName":"cause"},"oneOf":[{"$ref":"#/$defs/nodeWithoutPgdatPanic"},{"$ref":"#/$defs/noRealModeTrampolinePanic"}]},"nodeWithoutPgdatPanic":{"title":"NodeWithoutPgdatPanic","description":"`node-without-pgdat` (x86_64 5.10.53 – 5.10.201, 5.13.5 – 5.15.139, 5.16, 5.17; in setup_arch()): numa_register_memblks() gave a node with memory no pg_data_t because it spans less than NODE_MIN_SIZE (4 MiB), free_area_init() set up only the online nodes, and memmap_init() reads the node's NODE_DATA() through NULL (\"BUG: kernel NULL pointer dereference\").","type":"object","additionalProperties":false,"required":["cause","nid","memory","at","fn"],"properties":{"cause":{"const":"node-without-pgdat","description":"Why the boot panics."},"nid":{"description":"The node left without a pg_data_t.","type":"integer","minimum":0},"memory":{"$ref":"#/$defs/hex64","description":"The node's memory in memblock.memory, in bytes."},"at":{"description":"The kernel file and function that faults, `mm/page_alloc.c memmap_init`.","type":"string","minLength":1},"fn":{"description":"The function alone, as the kernel's fault line names it (free_area_init where memmap_init is inlined).","type":"string","minLength":1}}},"noRealModeTrampolinePanic":{"title":"NoRealModeTrampolinePanic","description":"`no-real-mode-trampoline` (x86_64, every release; in the early initcall init_real_mode(), after setup_arch()): reserve_real_mode() found no free memory under 1 MiB and init_real_mode() panics (\"Real mode trampoline was not allocated\").","type":"object","additionalProperties":false,"required":["cause","at","fn"],"properties":{"cause":{"const":"no-real-mode-trampoline","description":"Why the boot panics."},"at":{"description":"The kernel file and function that panics, `arch/x86/realmode/init.c init_real_mode`.","type":"string","minLength":1},"fn":{"description":"The function alone, `init_real_mode`.","type":"string","minLength":1}}},"zoneRange":{"title":"ZoneRange","description":"One line of the \"Zone ranges:\" block.","type":"object","additionalProperties":false,"required":["name","start","end"],"properties":{"name":{"description":"The zone.","enum":["DMA","DMA32","Normal","Device"]},"start":{"description":"First address of the zone; null when the kernel prints \"empty\".","oneOf":[{"$ref":"#/$defs/hex64"},{"type":"null"}]},"end":{"description":"Last address of the zone, inclusive as the kernel prints it; null when \"empty\".","oneOf":[{"$ref":"#/$defs/hex64"},{"type":"null"}]}}},"memblockRegion":{"title":"MemblockRegion","description":"One region of memblock.memory or memblock.reserved, [base, base + size), field names as in struct memblock_region.","type":"object","additionalProperties":false,"required":["base","size","flags"],"properties":{"base":{"$ref":"#/$defs/hex64","description":"First address of the region."},"size":{"$ref":"#/$defs/hex64","description":"Size of the region in bytes."},"flags":{"description":"enum memblock_flags bits: 1 MEMBLOCK_HOTPLUG, 2 MEMBLOCK_MIRROR, 4 MEMBLOCK_NOMAP, 32 MEMBLOCK_RSRV_KERN (6.16+); 0 MEMBLOCK_NONE.","type":"integer","minimum":0},"nid":{"description":"memblock_get_region_node(): the node memblock=debug's dump prints (\" on node %d\") when it is a valid one (0 here), else MAX_NUMNODES (1024) or NUMA_NO_NODE (-1), which it prints nothing for. Regions with different nodes are never merged.","type":"integer","minimum":-1},"owner":{"description":"What made the reservation (the caller in memblock=debug terms, e.g. `kernel`, `initrd`, `fdt`, `crashkernel`), for reports.","type":"string"},"alsoOwners":{"description":"What else memblock merged into this region (other owners), for reports.","type":"array","items":{"type":"string"}}}},"linearMap":{"title":"LinearMapFacts","description":"How the kernel maps RAM in its linear map (arm64 map_mem(), riscv64 create_linear_mapping_page_table()); absent on x86_64, whose direct map is in `directMapKb`.","type":"object","additionalProperties":false,"required":["forcedBasePagesBy","forcedByCrashkernel","histogram","crashHistogram","pageTableBytes","blockHistogram","blockPageTableBytes"],"properties":{"forcedBasePagesBy":{"description":"Why base pages are forced for the whole linear map ([] = blocks allowed): `rodata_full`, `debug_pagealloc`, `crash_mem_map` (the crashkernel early param, 5.10–6.3), `kfence` or `kfence_late`.","type":"array","items":{"enum":["rodata_full","debug_pagealloc","crash_mem_map","kfence","kfence_late"]}},"forcedByCrashkernel":{"description":"Base pages are forced only because of crashkernel= (the 2022 thread's problem).","type":"boolean"},"histogram":{"$ref":"#/$defs/granuleHistogram","description":"Bytes of the linear map mapped at each granule."},"crashHistogram":{"description":"The histogram restricted to each crash region, in address order.","type":"array","items":{"$ref":"#/$defs/granuleHistogram"}},"kfenceRuntimeUnmappablePages":{"description":"Base pages that KFENCE may unmap later, at run time (one data page per freed object; 0 when KFENCE does not run). A walk of a running system shows up to this many fewer pages in the base-page bucket than the boot-time map predicted here.","type":"integer","minimum":0},"pageTableBytes":{"$ref":"#/$defs/hex64","description":"Memory used by last-level page tables of the linear map."},"blockHistogram":{"$ref":"#/$defs/granuleHistogram","description":"The same map if nothing forced base pages (for cost comparisons)."},"blockPageTableBytes":{"$ref":"#/$defs/hex64","description":"Last-level page-table memory of `blockHistogram`'s map."}}},"granuleHistogram":{"title":"GranuleHistogram","description":"Bytes of the linear map mapped at each granule, keyed by granule: the page size or block size, with `-cont` for arm64 contiguous-bit runs (`4K`, `4K-cont`, `2M`, `2M-cont`, `1G`; 16K pages: `16K`, `16K-cont`, `32M`, `32M-cont`; 64K pages: `64K`, `64K-cont`, `512M`, `512M-cont`; riscv64 also `512G`). A granule that maps nothing has no key.","type":"object","propertyNames":{"pattern":"^[0-9]+[KMG](-cont)?$"},"additionalProperties":{"$ref":"#/$defs/hex64"}},"satpMode":{"title":"SatpModeFacts","description":"riscv64: the paging mode the kernel runs in (satp's MODE field, as set_satp_mode() settles it), named as /proc/cpuinfo's `mmu` line names it; absent on the other architectures and where the boot stops in parse_early_param().","type":"object","additionalProperties":false,"required":["mode","setBy"],"properties":{"mode":{"description":"Sv39, Sv48 or Sv57: 3, 4 or 5 page-table levels.","enum":["sv39","sv48","sv57"]},"setBy":{"description":"What settled it: `cpu`, the deepest mode the CPU takes (the board's `cpu.satpMode`, else its `vaBits`); `release`, the deepest the release sets (Sv39 up to 5.16, Sv48 in 5.17 – 5.18); `no4lvl` or `no5lvl` on the command line (6.4+); `mmu-type`, the DT's cpu mmu-type, the board's `vaBits` (6.17.7+).","enum":["cpu","release","no4lvl","no5lvl","mmu-type"]}}},"protection":{"title":"ProtectionFacts","description":"Whether the loaded crash kernel is protected from stray writes of the running kernel.","type":"object","additionalProperties":false,"required":["available","why"],"properties":{"available":{"description":"arch_kexec_protect_crashkres() exists and works for this layout; false too where no crash kernel can be loaded (no region reserved, or a boot that panics after the reservation).","type":"boolean"},"why":{"description":"Why, in a sentence.","type":"string","minLength":1}}},"directMap":{"title":"DirectMapKb","description":"x86_64: /proc/meminfo's direct-map counters in kB, keyed as printed (`DirectMap4k`, `DirectMap2M`, `DirectMap1G` — the last only with GB pages).","type":"object","additionalProperties":false,"required":["DirectMap4k","DirectMap2M"],"properties":{"DirectMap4k":{"description":"kB of the direct map mapped with 4 KiB pages.","type":"integer","minimum":0},"DirectMap2M":{"description":"kB of the direct map mapped with 2 MiB pages.","type":"integer","minimum":0},"DirectMap1G":{"description":"kB of the direct map mapped with 1 GiB pages (GB pages only).","type":"integer","minimum":0}}},"traceEvent":{"title":"TraceEvent","description":"A dmesg-like line the simulated kernel would print, with its level.","type":"object","additionalProperties":false,"required":["level","source","text"],"properties":{"level":{"description":"The printk level: pr_info, pr_warn or pr_err (the engine prints nothing at pr_debug level).","enum":["info","warn","err"]},"source":{"description":"What part of the kernel printed it: `crashkernel`, `zones`, `cma`, `memblock`, `mm`, `of`, `setup` …","type":"string","minLength":1},"text":{"description":"The message text exactly as the kernel prints it, without the timestamp.","type":"string"}}},"counts":{"title":"SeverityCounts","description":"Findings by severity. A suppressed finding counts only in `suppressed`.","type":"object","additionalProperties":false,"required":["error","warning","note","suppressed"],"properties":{"error":{"description":"Findings of severity `error`, not suppressed.","type":"integer","minimum":0},"warning":{"description":"Findings of severity `warning`, not suppressed.","type":"integer","minimum":0},"note":{"description":"Findings of severity `note`, not suppressed.","type":"integer","minimum":0},"suppressed":{"description":"Findings silenced by a board's `suppress`.","type":"integer","minimum":0}}},"fanout":{"title":"Fanout","description":"Only in the action's `results-file`, when the check is one leg of a fan-out: which part of the matrix the leg covered. Never printed by the CLI.","type":"object","additionalProperties":false,"required":["files","boards"],"properties":{"shard":{"description":"`k/n` from the plan, when the leg was given one (without the `(kernel …)` suffix the plan's `matrix.shard` carries for a kernel override: that is `kernel`).","type":"string"},"files":{"description":"The matrix files the leg checked.","type":"array","items":{"type":"string"}},"boards":{"description":"The `boards` filter the leg ran with (empty: every board of `files`).","type":"array","items":{"type":"string"}},"kernel":{"description":"The `kernel` input the leg ran with, the plan's `matrix.kernel` (empty: each board's own `kernels`); a non-empty one is also the report's `kernelOverride`. `aggregate` fails when legs differ. Absent in results files of versions that did not record it: not known, and left out of that comparison unless the report has a `kernelOverride`.","type":"array","items":{"type":"string"}},"root":{"description":"The repository the leg's file paths are relative to (SARIF's `%SRCROOT%`), as a path relative to its workspace (`\"\"`: the workspace itself; `sub`: a checkout with `path: sub`). `aggregate` takes it for its own SARIF, relative to its own workspace, when every leg records the same one. Absent when the leg's files lay in several repositories, or in results files of versions that did not record it.","type":"string"},"commit":{"description":"The commit the leg checked: HEAD of the repository its files are in (the one `root` names), else `GITHUB_SHA`. `aggregate` fails when legs of one `root` record different commits (an older run's artifact in place of this run's); legs of other repositories record theirs. Absent when neither tells, or in results files of versions that did not record it.","type":"string"},"unmatchedBoards":{"description":"The items of `boards` that match no board id in `files`. A leg of the plan's whole-file units carries the plan's own filter, which matches boards of other legs; a board id the plan gave this leg that matches none (and no board another leg checked) was renamed or removed after the plan: `aggregate` fails with it, naming the shard. Absent when every item matched.","type":"array","minItems":1,"items":{"type":"string"}},"problems":{"description":"Why the leg failed after writing its results (a matrix file it could not find or read): its report lacks what those problems name, and `aggregate` fails with them, naming the shard. Absent when there were none.","type":"array","minItems":1,"items":{"type":"string"}}}},"unsimulated":{"title":"UnsimulatedInput","description":"A matrix file, or a board of one, of which no layout was simulated.","type":"object","additionalProperties":false,"required":["file","reason"],"properties":{"file":{"description":"The matrix file, as `files` names it.","type":"string"},"pointer":{"description":"The board (`/boards/2`). Absent: the whole file, of which no board could be told apart (a JSON syntax error, or a schema error with no `boards` array to read).","$ref":"#/$defs/jsonPointer"},"boardId":{"description":"The board's id, when it has one (a string).","type":"string"},"reason":{"description":"`syntax`: the file is not valid JSON (SC001), nothing of it was read. `schema`: the schema refused the board, or every board of the file (an error outside the boards, such as in `defaults`: SC002). `semantic`: an SC003 error in every layout of the board. `engine`: the engine simulates none of the board's layouts (SC004).","enum":["syntax","schema","semantic","engine"]}}}}};
const schema32 = {"title":"Tool","description":"The program that wrote the report.","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"Always `crashkernel-check`.","const":"crashkernel-check"},"version":{"description":"crashkernel-check's version (package.json), e.g. `0.1.0`.","type":"string","minLength":1}}};
const schema96 = {"title":"SeverityCounts","description":"Findings by severity. A suppressed finding counts only in `suppressed`.","type":"object","additionalProperties":false,"required":["error","warning","note","suppressed"],"properties":{"error":{"description":"Findings of severity `error`, not suppressed.","type":"integer","minimum":0},"warning":{"description":"Findings of severity `warning`, not suppressed.","type":"integer","minimum":0},"note":{"description":"Findings of severity `note`, not suppressed.","type":"integer","minimum":0},"suppressed":{"description":"Findings silenced by a board's `suppress`.","type":"integer","minimum":0}}};
const schema101 = {"title":"Fanout","description":"Only in the action's `results-file`, when the check is one leg of a fan-out: which part of the matrix the leg covered. Never printed by the CLI.","type":"object","additionalProperties":false,"required":["files","boards"],"properties":{"shard":{"description":"`k/n` from the plan, when the leg was given one (without the `(kernel …)` suffix the plan's `matrix.shard` carries for a kernel override: that is `kernel`).","type":"string"},"files":{"description":"The matrix files the leg checked.","type":"array","items":{"type":"string"}},"boards":{"description":"The `boards` filter the leg ran with (empty: every board of `files`).","type":"array","items":{"type":"string"}},"kernel":{"description":"The `kernel` input the leg ran with, the plan's `matrix.kernel` (empty: each board's own `kernels`); a non-empty one is also the report's `kernelOverride`. `aggregate` fails when legs differ. Absent in results files of versions that did not record it: not known, and left out of that comparison unless the report has a `kernelOverride`.","type":"array","items":{"type":"string"}},"root":{"description":"The repository the leg's file paths are relative to (SARIF's `%SRCROOT%`), as a path relative to its workspace (`\"\"`: the workspace itself; `sub`: a checkout with `path: sub`). `aggregate` takes it for its own SARIF, relative to its own workspace, when every leg records the same one. Absent when the leg's files lay in several repositories, or in results files of versions that did not record it.","type":"string"},"commit":{"description":"The commit the leg checked: HEAD of the repository its files are in (the one `root` names), else `GITHUB_SHA`. `aggregate` fails when legs of one `root` record different commits (an older run's artifact in place of this run's); legs of other repositories record theirs. Absent when neither tells, or in results files of versions that did not record it.","type":"string"},"unmatchedBoards":{"description":"The items of `boards` that match no board id in `files`. A leg of the plan's whole-file units carries the plan's own filter, which matches boards of other legs; a board id the plan gave this leg that matches none (and no board another leg checked) was renamed or removed after the plan: `aggregate` fails with it, naming the shard. Absent when every item matched.","type":"array","minItems":1,"items":{"type":"string"}},"problems":{"description":"Why the leg failed after writing its results (a matrix file it could not find or read): its report lacks what those problems name, and `aggregate` fails with them, naming the shard. Absent when there were none.","type":"array","minItems":1,"items":{"type":"string"}}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const schema33 = {"title":"Finding","description":"One problem, found by one rule ([docs/rules](rules/README.md)) in one board, layout or document.","type":"object","additionalProperties":false,"required":["ruleId","ruleName","severity","messageId","message","data","file","pointer","evidence","docsUrl"],"properties":{"ruleId":{"description":"Stable rule id, e.g. `SC002`: families CK (crashkernel), LM (linear map), PR (protection), SC (schema and matrix).","type":"string","pattern":"^[A-Z]{2}[0-9]{3}$"},"ruleName":{"description":"Readable alias of the rule, e.g. `schema-violation`.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"severity":{"$ref":"#/$defs/severity"},"messageId":{"description":"Which of the rule's message templates was used, e.g. `notReserved`; stable, unlike the text.","type":"string","pattern":"^[a-z][A-Za-z0-9]*$"},"message":{"description":"The message rendered once from the rule's template and `data`.","type":"string","minLength":1},"data":{"description":"The values filled into the message template, by placeholder name (all strings, already formatted for a person).","type":"object","additionalProperties":{"type":"string"}},"file":{"description":"The matrix file the finding is in, as given to the check.","type":"string"},"boardId":{"description":"The board the finding is about (absent for document-level problems).","type":"string"},"layoutName":{"description":"The layout (RAM variant / kernel) the finding is about: `<RAM variant>/<kernel as written>`, or the kernel alone for a board with one set of banks. A kernel entry with a `policy` of its own is written `6.1+whatif-bhe-4g-low-end`; a later entry written as an earlier one gets `#2`, `#3` (`6.12#2`), so that each layout's name is its own. An SC003 error about one kernel of a board (an image size, a placement that overlaps that kernel's image) names the layout it kept from the engine, which `layouts` then lacks.","type":"string"},"kernel":{"$ref":"#/$defs/kernelRelease","description":"Kernel release of the layout (a series written in the matrix resolved as simulate() does: to the Debian release of its kernel profile (5.10 → 5.10.223, 6.1 → 6.1.192, 6.12 → 6.12.117, 7.2 → 7.2.13, 7.3 → 7.3.4), any other series to its .0)."},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The value in the matrix to look at or change."},"location":{"$ref":"#/$defs/sourceLocation"},"evidence":{"description":"dmesg-like lines the simulated kernel printed that back the finding (empty for matrix problems).","type":"array","items":{"$ref":"#/$defs/traceEvent"}},"suggestion":{"$ref":"#/$defs/suggestion","description":"The preferred fix, verified by simulating every layout of the board with it."},"alternatives":{"description":"Other verified fixes, in order of preference (a different strategy each). Absent when there are none.","type":"array","minItems":1,"items":{"$ref":"#/$defs/suggestion"}},"docsUrl":{"description":"The rule's documentation page.","type":"string","pattern":"^https://"},"suppressed":{"$ref":"#/$defs/suppressed"}}};
const schema34 = {"title":"Severity","description":"ESLint/SARIF-style level of a finding; `note` is SARIF's name for \"info\".","enum":["error","warning","note"]};
const schema35 = {"title":"KernelRelease","description":"A kernel release as simulated, e.g. `6.12.117`: a series written in the matrix (`6.12`) is resolved to the Debian release of its kernel profile (`6.12.117`; 5.10, 6.1, 6.12, 7.2 and 7.3 have one), any other series to its .0 (`6.6` → `6.6.0`).","type":"string","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+$"};
const schema36 = {"title":"JsonPointer","description":"An RFC 6901 JSON Pointer into the matrix document, e.g. `/boards/2/memory/0/base` (`\"\"` for the whole document).","type":"string","pattern":"^(/([^~/]|~[01])*)*$"};
const schema37 = {"title":"SourceLocation","description":"Where the value at `pointer` sits in its file; for a value the file does not hold (one a preset or `defaults` supplies), its nearest ancestor in the file. Lines and columns are 1-based; columns count UTF-16 units.","type":"object","additionalProperties":false,"required":["file","line","column","endLine","endColumn","offset","length"],"properties":{"file":{"description":"The matrix file.","type":"string"},"line":{"description":"Line of the first character (1-based).","type":"integer","minimum":1},"column":{"description":"Column of the first character (1-based, UTF-16 units).","type":"integer","minimum":1},"endLine":{"description":"Line of the end of the value (1-based).","type":"integer","minimum":1},"endColumn":{"description":"Column just after the last character of the value (1-based, UTF-16 units).","type":"integer","minimum":1},"offset":{"description":"0-based character offset (UTF-16 units) of the first character of the value.","type":"integer","minimum":0},"length":{"description":"Length of the value in characters (UTF-16 units).","type":"integer","minimum":0}}};
const schema38 = {"title":"TraceEvent","description":"A dmesg-like line the simulated kernel would print, with its level.","type":"object","additionalProperties":false,"required":["level","source","text"],"properties":{"level":{"description":"The printk level: pr_info, pr_warn or pr_err (the engine prints nothing at pr_debug level).","enum":["info","warn","err"]},"source":{"description":"What part of the kernel printed it: `crashkernel`, `zones`, `cma`, `memblock`, `mm`, `of`, `setup` …","type":"string","minLength":1},"text":{"description":"The message text exactly as the kernel prints it, without the timestamp.","type":"string"}}};
const schema41 = {"title":"Suppressed","description":"Present when the board's `suppress` silences the rule; suppressed findings are reported but not counted in `error`, `warning` or `note`.","type":"object","additionalProperties":false,"required":["reason"],"properties":{"reason":{"description":"The `reason` the matrix gives for the suppression.","type":"string"}}};
const pattern4 = new RegExp("^[A-Z]{2}[0-9]{3}$", "u");
const pattern5 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
const pattern6 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");
const pattern7 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern8 = new RegExp("^(/([^~/]|~[01])*)*$", "u");
const pattern10 = new RegExp("^https://", "u");
const schema39 = {"title":"Suggestion","description":"A fix the engine verified, described for a person; never applied automatically.","type":"object","additionalProperties":false,"required":["description"],"properties":{"description":{"description":"What to change and why it helps.","type":"string","minLength":1},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The value to change, when the fix is a replacement."},"replacement":{"description":"The new value (as JSON text would hold it, e.g. a command line), when the fix is a replacement.","type":"string"},"operation":{"description":"`add`: the property at `pointer` does not exist yet and is created with `replacement` (JSON Patch \"add\", e.g. a board's own `cmdline` when it came from its preset or `defaults`). Absent or `replace`: the value at `pointer` is replaced.","enum":["replace","add"]}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.description === undefined) && (missing0 = "description")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "description") || (key0 === "pointer")) || (key0 === "replacement")) || (key0 === "operation"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.description !== undefined){
let data0 = data.description;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pointer !== undefined){
let data1 = data.pointer;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
validate22.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.replacement !== undefined){
const _errs7 = errors;
if(typeof data.replacement !== "string"){
validate22.errors = [{instancePath:instancePath+"/replacement",schemaPath:"#/properties/replacement/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operation !== undefined){
let data3 = data.operation;
const _errs9 = errors;
if(!((data3 === "replace") || (data3 === "add"))){
validate22.errors = [{instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/enum",keyword:"enum",params:{allowedValues: schema39.properties.operation.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((data.ruleId === undefined) && (missing0 = "ruleId")) || ((data.ruleName === undefined) && (missing0 = "ruleName"))) || ((data.severity === undefined) && (missing0 = "severity"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.message === undefined) && (missing0 = "message"))) || ((data.data === undefined) && (missing0 = "data"))) || ((data.file === undefined) && (missing0 = "file"))) || ((data.pointer === undefined) && (missing0 = "pointer"))) || ((data.evidence === undefined) && (missing0 = "evidence"))) || ((data.docsUrl === undefined) && (missing0 = "docsUrl"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema33.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ruleId !== undefined){
let data0 = data.ruleId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
validate21.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}[0-9]{3}$"},message:"must match pattern \""+"^[A-Z]{2}[0-9]{3}$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/ruleId",schemaPath:"#/properties/ruleId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ruleName !== undefined){
let data1 = data.ruleName;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate21.errors = [{instancePath:instancePath+"/ruleName",schemaPath:"#/properties/ruleName/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/ruleName",schemaPath:"#/properties/ruleName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.severity !== undefined){
let data2 = data.severity;
const _errs6 = errors;
if(!(((data2 === "error") || (data2 === "warning")) || (data2 === "note"))){
validate21.errors = [{instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data3 = data.messageId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate21.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/pattern",keyword:"pattern",params:{pattern: "^[a-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[a-z][A-Za-z0-9]*$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data4 = data.message;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate21.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data5 = data.data;
const _errs12 = errors;
if(errors === _errs12){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs15 = errors;
if(typeof data5[key1] !== "string"){
validate21.errors = [{instancePath:instancePath+"/data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.file !== undefined){
const _errs17 = errors;
if(typeof data.file !== "string"){
validate21.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boardId !== undefined){
const _errs19 = errors;
if(typeof data.boardId !== "string"){
validate21.errors = [{instancePath:instancePath+"/boardId",schemaPath:"#/properties/boardId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layoutName !== undefined){
const _errs21 = errors;
if(typeof data.layoutName !== "string"){
validate21.errors = [{instancePath:instancePath+"/layoutName",schemaPath:"#/properties/layoutName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kernel !== undefined){
let data10 = data.kernel;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
validate21.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pointer !== undefined){
let data11 = data.pointer;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(!pattern8.test(data11)){
validate21.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data12 = data.location;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
let missing1;
if((((((((data12.file === undefined) && (missing1 = "file")) || ((data12.line === undefined) && (missing1 = "line"))) || ((data12.column === undefined) && (missing1 = "column"))) || ((data12.endLine === undefined) && (missing1 = "endLine"))) || ((data12.endColumn === undefined) && (missing1 = "endColumn"))) || ((data12.offset === undefined) && (missing1 = "offset"))) || ((data12.length === undefined) && (missing1 = "length"))){
validate21.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs32 = errors;
for(const key2 in data12){
if(!(((((((key2 === "file") || (key2 === "line")) || (key2 === "column")) || (key2 === "endLine")) || (key2 === "endColumn")) || (key2 === "offset")) || (key2 === "length"))){
validate21.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs32 === errors){
if(data12.file !== undefined){
const _errs33 = errors;
if(typeof data12.file !== "string"){
validate21.errors = [{instancePath:instancePath+"/location/file",schemaPath:"#/$defs/sourceLocation/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.line !== undefined){
let data14 = data12.line;
const _errs35 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate21.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/sourceLocation/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 1 || isNaN(data14)){
validate21.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/sourceLocation/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs35 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.column !== undefined){
let data15 = data12.column;
const _errs37 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate21.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/sourceLocation/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
validate21.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/sourceLocation/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.endLine !== undefined){
let data16 = data12.endLine;
const _errs39 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate21.errors = [{instancePath:instancePath+"/location/endLine",schemaPath:"#/$defs/sourceLocation/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs39){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
validate21.errors = [{instancePath:instancePath+"/location/endLine",schemaPath:"#/$defs/sourceLocation/properties/endLine/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs39 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.endColumn !== undefined){
let data17 = data12.endColumn;
const _errs41 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate21.errors = [{instancePath:instancePath+"/location/endColumn",schemaPath:"#/$defs/sourceLocation/properties/endColumn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs41){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
validate21.errors = [{instancePath:instancePath+"/location/endColumn",schemaPath:"#/$defs/sourceLocation/properties/endColumn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid6 = _errs41 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.offset !== undefined){
let data18 = data12.offset;
const _errs43 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate21.errors = [{instancePath:instancePath+"/location/offset",schemaPath:"#/$defs/sourceLocation/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate21.errors = [{instancePath:instancePath+"/location/offset",schemaPath:"#/$defs/sourceLocation/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs43 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data12.length !== undefined){
let data19 = data12.length;
const _errs45 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate21.errors = [{instancePath:instancePath+"/location/length",schemaPath:"#/$defs/sourceLocation/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/location/length",schemaPath:"#/$defs/sourceLocation/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data20 = data.evidence;
const _errs47 = errors;
if(errors === _errs47){
if(Array.isArray(data20)){
var valid7 = true;
const len0 = data20.length;
for(let i0=0; i0<len0; i0++){
let data21 = data20[i0];
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing2;
if((((data21.level === undefined) && (missing2 = "level")) || ((data21.source === undefined) && (missing2 = "source"))) || ((data21.text === undefined) && (missing2 = "text"))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/traceEvent/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs52 = errors;
for(const key3 in data21){
if(!(((key3 === "level") || (key3 === "source")) || (key3 === "text"))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/traceEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs52 === errors){
if(data21.level !== undefined){
let data22 = data21.level;
const _errs53 = errors;
if(!(((data22 === "info") || (data22 === "warn")) || (data22 === "err"))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0+"/level",schemaPath:"#/$defs/traceEvent/properties/level/enum",keyword:"enum",params:{allowedValues: schema38.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid9 = _errs53 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data21.source !== undefined){
let data23 = data21.source;
const _errs54 = errors;
if(errors === _errs54){
if(typeof data23 === "string"){
if(func2(data23) < 1){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0+"/source",schemaPath:"#/$defs/traceEvent/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0+"/source",schemaPath:"#/$defs/traceEvent/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs54 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data21.text !== undefined){
const _errs56 = errors;
if(typeof data21.text !== "string"){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0+"/text",schemaPath:"#/$defs/traceEvent/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs56 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/traceEvent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid7 = _errs49 === errors;
if(!valid7){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs47 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestion !== undefined){
const _errs58 = errors;
if(!(validate22(data.suggestion, {instancePath:instancePath+"/suggestion",parentData:data,parentDataProperty:"suggestion",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.alternatives !== undefined){
let data26 = data.alternatives;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data26)){
if(data26.length < 1){
validate21.errors = [{instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid10 = true;
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
const _errs61 = errors;
if(!(validate22(data26[i1], {instancePath:instancePath+"/alternatives/" + i1,parentData:data26,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid10 = _errs61 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/alternatives",schemaPath:"#/properties/alternatives/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs59 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.docsUrl !== undefined){
let data28 = data.docsUrl;
const _errs62 = errors;
if(errors === _errs62){
if(typeof data28 === "string"){
if(!pattern10.test(data28)){
validate21.errors = [{instancePath:instancePath+"/docsUrl",schemaPath:"#/properties/docsUrl/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/docsUrl",schemaPath:"#/properties/docsUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suppressed !== undefined){
let data29 = data.suppressed;
const _errs64 = errors;
const _errs65 = errors;
if(errors === _errs65){
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
let missing3;
if((data29.reason === undefined) && (missing3 = "reason")){
validate21.errors = [{instancePath:instancePath+"/suppressed",schemaPath:"#/$defs/suppressed/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs67 = errors;
for(const key4 in data29){
if(!(key4 === "reason")){
validate21.errors = [{instancePath:instancePath+"/suppressed",schemaPath:"#/$defs/suppressed/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs67 === errors){
if(data29.reason !== undefined){
if(typeof data29.reason !== "string"){
validate21.errors = [{instancePath:instancePath+"/suppressed/reason",schemaPath:"#/$defs/suppressed/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/suppressed",schemaPath:"#/$defs/suppressed/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"title":"LayoutReport","description":"One simulated layout (board × RAM variant × kernel) and the engine's result.","type":"object","additionalProperties":false,"required":["file","boardId","layoutName","kernel","pointer","result"],"properties":{"file":{"description":"The matrix file of the board.","type":"string"},"boardId":{"description":"The board's `id`.","type":"string"},"layoutName":{"description":"`<RAM variant>/<kernel as written>`, or the kernel alone for a board with one set of banks. A kernel entry with a `policy` of its own is written `6.1+whatif-bhe-4g-low-end`; a later entry written as an earlier one gets `#2`, `#3` (`6.12#2`), so that each layout's name is its own.","type":"string"},"kernel":{"$ref":"#/$defs/kernelRelease","description":"Resolved kernel release of the layout."},"pointer":{"$ref":"#/$defs/jsonPointer","description":"The board in the matrix, e.g. `/boards/1`."},"cmdline":{"description":"The kernel command line the layout boots with (the board's `cmdline`, or its kernel entry's), whole: the kernel, and the engine, read only its first COMMAND_LINE_SIZE - 1 bytes (2047; 1023 on riscv64 before 7.1), and CK004 `truncated` names a crashkernel= past them. Absent in results files of versions before it was written.","type":"string"},"result":{"$ref":"#/$defs/simulationResult"},"devices":{"description":"The layout's DMA devices (the engine's input, not its result): the job summary shows each dump target's reach.","type":"array","items":{"$ref":"#/$defs/dmaDevice"}}}};
const schema45 = {"title":"SimulationResult","description":"What the simulated kernel ends its early boot with: the crashkernel= outcome, the zones, memblock.memory and memblock.reserved, the linear map and the dmesg lines.","type":"object","additionalProperties":false,"required":["arch","kernel","policy","crashkernel","request","zones","zoneLines","zoneLinesAt","lowMax","highMax","systemRam","memory","reserved","protection","trace"],"properties":{"arch":{"description":"CPU architecture.","enum":["arm64","x86_64","riscv64"]},"kernel":{"$ref":"#/$defs/kernelRelease","description":"The kernel release simulated."},"policy":{"description":"Id of the kernel policy (behaviour epoch) the release was simulated with, e.g. `arm64-6.12.117` ([docs/policies.md](policies.md)).","type":"string","minLength":1},"crashkernel":{"$ref":"#/$defs/crashkernelOutcome"},"request":{"$ref":"#/$defs/request"},"crashkernelCma":{"$ref":"#/$defs/crashkernelCma"},"zones":{"description":"The zone ranges as the kernel prints them under \"Zone ranges:\".","type":"array","items":{"$ref":"#/$defs/zoneRange"}},"zoneLines":{"description":"The zone lines exactly as printed (the \"Zone ranges:\" block through \"Initmem setup\"); none where the boot hangs in the crash reservation before printing them (from 7.0, and on x86_64, the block follows it). `zones` still gives the zones the kernel would have set up.","type":"array","items":{"type":"string"}},"zoneLinesAt":{"description":"Where the kernel printed `zoneLines` among the `trace` lines: before `trace[zoneLinesAt]` (the length of `trace` when they come last). Up to 6.x on arm64 and riscv64 the block comes before the deferred crash reservation's lines; on x86_64 and from 7.0 after them.","type":"integer","minimum":0},"lowMax":{"$ref":"#/$defs/hex64","description":"CRASH_ADDR_LOW_MAX in force: the exclusive end of the window the low (or only) crash region is searched in."},"highMax":{"$ref":"#/$defs/hex64","description":"CRASH_ADDR_HIGH_MAX in force: the exclusive end of the window a `,high` (or fallback) crash region is searched in."},"systemRam":{"$ref":"#/$defs/hex64","description":"memblock_phys_mem_size(): bytes of memblock.memory at the end of the simulation."},"memory":{"description":"memblock.memory at the end of the simulation, in address order.","type":"array","items":{"$ref":"#/$defs/memblockRegion"}},"reserved":{"description":"memblock.reserved at the end of the simulation, in address order.","type":"array","items":{"$ref":"#/$defs/memblockRegion"}},"linearMap":{"$ref":"#/$defs/linearMap"},"satpMode":{"$ref":"#/$defs/satpMode"},"protection":{"$ref":"#/$defs/protection"},"directMapKb":{"$ref":"#/$defs/directMap"},"directMapRuntimeSplits2M":{"description":"x86_64, with `directMapKb`: 2 MiB pages the page allocator may split after boot beyond those predicted.","type":"integer","minimum":0},"panic":{"$ref":"#/$defs/bootPanic"},"trace":{"description":"dmesg-like events in boot order.","type":"array","items":{"$ref":"#/$defs/traceEvent"}}}};
const schema50 = {"title":"Hex64","description":"A 64-bit physical address or size in bytes (the engine's bigint PhysAddr/PhysSize), written as `0x` and exactly 16 lowercase hex digits, e.g. `0x0000000040000000`.","type":"string","pattern":"^0x[0-9a-f]{16}$"};
const schema86 = {"title":"SatpModeFacts","description":"riscv64: the paging mode the kernel runs in (satp's MODE field, as set_satp_mode() settles it), named as /proc/cpuinfo's `mmu` line names it; absent on the other architectures and where the boot stops in parse_early_param().","type":"object","additionalProperties":false,"required":["mode","setBy"],"properties":{"mode":{"description":"Sv39, Sv48 or Sv57: 3, 4 or 5 page-table levels.","enum":["sv39","sv48","sv57"]},"setBy":{"description":"What settled it: `cpu`, the deepest mode the CPU takes (the board's `cpu.satpMode`, else its `vaBits`); `release`, the deepest the release sets (Sv39 up to 5.16, Sv48 in 5.17 – 5.18); `no4lvl` or `no5lvl` on the command line (6.4+); `mmu-type`, the DT's cpu mmu-type, the board's `vaBits` (6.17.7+).","enum":["cpu","release","no4lvl","no5lvl","mmu-type"]}}};
const schema87 = {"title":"ProtectionFacts","description":"Whether the loaded crash kernel is protected from stray writes of the running kernel.","type":"object","additionalProperties":false,"required":["available","why"],"properties":{"available":{"description":"arch_kexec_protect_crashkres() exists and works for this layout; false too where no crash kernel can be loaded (no region reserved, or a boot that panics after the reservation).","type":"boolean"},"why":{"description":"Why, in a sentence.","type":"string","minLength":1}}};
const schema88 = {"title":"DirectMapKb","description":"x86_64: /proc/meminfo's direct-map counters in kB, keyed as printed (`DirectMap4k`, `DirectMap2M`, `DirectMap1G` — the last only with GB pages).","type":"object","additionalProperties":false,"required":["DirectMap4k","DirectMap2M"],"properties":{"DirectMap4k":{"description":"kB of the direct map mapped with 4 KiB pages.","type":"integer","minimum":0},"DirectMap2M":{"description":"kB of the direct map mapped with 2 MiB pages.","type":"integer","minimum":0},"DirectMap1G":{"description":"kB of the direct map mapped with 1 GiB pages (GB pages only).","type":"integer","minimum":0}}};
const pattern14 = new RegExp("^0x[0-9a-f]{16}$", "u");
const schema47 = {"title":"CrashkernelOutcome","description":"What became of the crashkernel= request, by `kind`.","type":"object","properties":{"kind":{"enum":["not-requested","ignored","reserved","failed","hang"],"description":"`not-requested` (no crashkernel= in the part of the command line the kernel keeps), `ignored`, `reserved`, `failed` or `hang`."}},"required":["kind"],"discriminator":{"propertyName":"kind"},"oneOf":[{"$ref":"#/$defs/notRequested"},{"$ref":"#/$defs/ignored"},{"$ref":"#/$defs/reserved"},{"$ref":"#/$defs/failed"},{"$ref":"#/$defs/hang"}]};
const schema61 = {"title":"NotRequested","description":"The part of the command line the kernel keeps has no crashkernel= option: none was given, or each lies past the cut (CK004 truncated).","type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"const":"not-requested"}}};
const schema62 = {"title":"Ignored","description":"The option was present but parsing or validation made the kernel ignore it (with or without a message).","type":"object","additionalProperties":false,"required":["kind","reason"],"properties":{"kind":{"const":"ignored"},"reason":{"description":"Why: `syntax` (parse_crashkernel() rejected it), `zero` (a size of 0, e.g. no range of a range list matched), `size-exceeds-ram` (the size is not below System RAM), `unsupported-suffix` (only `,high`/`,low` tokens, which this kernel does not know), `low-only` (only `crashkernel=…,low` or `crashkernel=…,cma` tokens: no plain or `,high` size), `no-crash-kernel` (the kernel has no crash kernel code on this arch: riscv64 before 5.13), `kdump-kernel` (the kernel boots as a capture kernel, `elfcorehdr=` on its command line, and reserves nothing for another: riscv64 5.13 – 6.6).","enum":["syntax","zero","size-exceeds-ram","unsupported-suffix","low-only","no-crash-kernel","kdump-kernel"]}}};
const schema48 = {"title":"Reserved","description":"The crash kernel region was reserved (crashk_res, and crashk_low_res for a low region).","type":"object","additionalProperties":false,"required":["kind","main","fellBack","high","fixed"],"properties":{"kind":{"const":"reserved"},"main":{"$ref":"#/$defs/crashRegion","description":"The main region (crashk_res)."},"low":{"$ref":"#/$defs/crashRegion","description":"The low region (crashk_low_res), when one was reserved (`,low`, or the default low size of a `,high` or fallen-back main region)."},"fellBack":{"description":"The main region was placed by a fallback attempt (e.g. above the low limit).","type":"boolean"},"high":{"description":"Requested via `,high`.","type":"boolean"},"fixed":{"description":"Requested at a fixed base (`size@offset`).","type":"boolean"}}};
const schema49 = {"title":"CrashRegion","description":"A reservation made by the crash kernel code, [base, base + size). Mirrors crashk_res / crashk_low_res (whose inclusive `end` is base + size - 1).","type":"object","additionalProperties":false,"required":["kind","base","size"],"properties":{"kind":{"description":"`main` (crashk_res) or `low` (crashk_low_res).","enum":["main","low"]},"base":{"$ref":"#/$defs/hex64","description":"First address of the region."},"size":{"$ref":"#/$defs/hex64","description":"Size of the region in bytes."}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.kind === undefined) && (missing0 = "kind")) || ((data.base === undefined) && (missing0 = "base"))) || ((data.size === undefined) && (missing0 = "size"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "kind") || (key0 === "base")) || (key0 === "size"))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if(!((data0 === "main") || (data0 === "low"))){
validate30.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema49.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base !== undefined){
let data1 = data.base;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate30.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data2 = data.size;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate30.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.kind === undefined) && (missing0 = "kind")) || ((data.main === undefined) && (missing0 = "main"))) || ((data.fellBack === undefined) && (missing0 = "fellBack"))) || ((data.high === undefined) && (missing0 = "high"))) || ((data.fixed === undefined) && (missing0 = "fixed"))){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "main")) || (key0 === "low")) || (key0 === "fellBack")) || (key0 === "high")) || (key0 === "fixed"))){
validate29.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("reserved" !== data.kind){
validate29.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "reserved"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.main !== undefined){
const _errs3 = errors;
if(!(validate30(data.main, {instancePath:instancePath+"/main",parentData:data,parentDataProperty:"main",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.low !== undefined){
const _errs4 = errors;
if(!(validate30(data.low, {instancePath:instancePath+"/low",parentData:data,parentDataProperty:"low",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fellBack !== undefined){
const _errs5 = errors;
if(typeof data.fellBack !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/fellBack",schemaPath:"#/properties/fellBack/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.high !== undefined){
const _errs7 = errors;
if(typeof data.high !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/high",schemaPath:"#/properties/high/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fixed !== undefined){
const _errs9 = errors;
if(typeof data.fixed !== "boolean"){
validate29.errors = [{instancePath:instancePath+"/fixed",schemaPath:"#/properties/fixed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"title":"Failed","description":"The kernel tried to reserve the region and gave up (it prints why).","type":"object","additionalProperties":false,"required":["kind","size","reason","searched"],"properties":{"kind":{"const":"failed"},"size":{"$ref":"#/$defs/hex64","description":"The size that could not be reserved (page-aligned)."},"reason":{"description":"`no-room` (no free range fits in any window searched), `low-failed` (the main region fit but the low one did not), `fixed-in-use` (the `@offset` range is already reserved), `fixed-not-memory`, `fixed-misaligned`, `fixed-overlaps`.","enum":["no-room","low-failed","fixed-in-use","fixed-not-memory","fixed-misaligned","fixed-overlaps"]},"searched":{"description":"Every [base, base + size) window that was searched, in order: for `low-failed`, the main region's windows, then the low part's, [0, CRASH_ADDR_LOW_MAX).","type":"array","items":{"$ref":"#/$defs/range"}},"largestFree":{"$ref":"#/$defs/range","description":"For `no-room`: the largest free range inside the windows searched, as memblock stood when the search failed (later early allocations fill the final map further); absent when they hold no free memory."}}};
const schema54 = {"title":"PhysRange","description":"A physical range [base, base + size).","type":"object","additionalProperties":false,"required":["base","size"],"properties":{"base":{"$ref":"#/$defs/hex64","description":"First address."},"size":{"$ref":"#/$defs/hex64","description":"Size in bytes."}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.base === undefined) && (missing0 = "base")) || ((data.size === undefined) && (missing0 = "size"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "base") || (key0 === "size"))){
validate34.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.base !== undefined){
let data0 = data.base;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate34.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data1 = data.size;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate34.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.kind === undefined) && (missing0 = "kind")) || ((data.size === undefined) && (missing0 = "size"))) || ((data.reason === undefined) && (missing0 = "reason"))) || ((data.searched === undefined) && (missing0 = "searched"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "size")) || (key0 === "reason")) || (key0 === "searched")) || (key0 === "largestFree"))){
validate33.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("failed" !== data.kind){
validate33.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "failed"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data1 = data.size;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate33.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data2 = data.reason;
const _errs6 = errors;
if(!((((((data2 === "no-room") || (data2 === "low-failed")) || (data2 === "fixed-in-use")) || (data2 === "fixed-not-memory")) || (data2 === "fixed-misaligned")) || (data2 === "fixed-overlaps"))){
validate33.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema52.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.searched !== undefined){
let data3 = data.searched;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate34(data3[i0], {instancePath:instancePath+"/searched/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/searched",schemaPath:"#/properties/searched/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.largestFree !== undefined){
const _errs10 = errors;
if(!(validate34(data.largestFree, {instancePath:instancePath+"/largestFree",parentData:data,parentDataProperty:"largestFree",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"title":"Hang","description":"The boot never finishes, by `cause`: `endless-retry` or `early-param`.","type":"object","required":["kind","cause"],"properties":{"kind":{"const":"hang"},"cause":{"enum":["endless-retry","early-param"],"description":"Why the boot never finishes: `endless-retry` ([endlessRetry](#endlessretry)) or `early-param` ([earlyParamStop](#earlyparamstop))."}},"discriminator":{"propertyName":"cause"},"oneOf":[{"$ref":"#/$defs/endlessRetry"},{"$ref":"#/$defs/earlyParamStop"}]};
const schema60 = {"title":"EarlyParamStop","type":"object","additionalProperties":false,"required":["kind","cause","param","fault","at","fn"],"properties":{"kind":{"const":"hang"},"cause":{"const":"early-param","description":"An early parameter stopped the boot."},"param":{"type":"string","description":"The parameter as the command line has it, e.g. `kernelcore` or `memmap=256M%0x60000000-1+1`."},"fault":{"enum":["bug","null-dereference","panic"],"description":"`bug`: a BUG_ON() fires; `null-dereference`: the handler reads through a NULL pointer; `panic`: what the handlers left makes the kernel panic right after parse_early_param() (x86 `Invalid user supplied memory map`)."},"at":{"type":"string","description":"The kernel file and function that faults, e.g. `arch/x86/kernel/e820.c __e820__range_update`."},"fn":{"type":"string","description":"The function alone, as the kernel's fault line (x86 `RIP:`, arm64 `pc :`) names it, e.g. `__e820__range_update`."}},"description":"An early parameter's handler stops the boot in parse_early_param(), before the reservation and the memblock setup (x86's memblock is still empty; arm64's and riscv64's hold only the DT's memory nodes): a BUG_ON() fires or the handler reads through NULL, and the kernel halts or panics; or (x86, fault `panic`) e820__finish_early_params(), right after parse_early_param(), refuses the table mem=/memmap= left and panics. The layout's zones, memory and reserved lists are empty and its trace ends there."};
const schema58 = {"title":"EndlessRetry","type":"object","additionalProperties":false,"required":["kind","cause","size","window"],"properties":{"kind":{"const":"hang"},"cause":{"const":"endless-retry","description":"The reservation retries a window forever."},"size":{"$ref":"#/$defs/hex64","description":"The size requested."},"window":{"$ref":"#/$defs/range","description":"The window retried forever."}},"description":"The kernel loops forever, retrying a window it has already searched (an empty one, or the same one when the low and high limits coincide): the boot hangs."};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.kind === undefined) && (missing0 = "kind")) || ((data.cause === undefined) && (missing0 = "cause"))) || ((data.size === undefined) && (missing0 = "size"))) || ((data.window === undefined) && (missing0 = "window"))){
validate38.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "kind") || (key0 === "cause")) || (key0 === "size")) || (key0 === "window"))){
validate38.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.kind !== undefined){
const _errs2 = errors;
if("hang" !== data.kind){
validate38.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "hang"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cause !== undefined){
const _errs3 = errors;
if("endless-retry" !== data.cause){
validate38.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/const",keyword:"const",params:{allowedValue: "endless-retry"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data2 = data.size;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate38.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate38.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.window !== undefined){
const _errs7 = errors;
if(!(validate34(data.window, {instancePath:instancePath+"/window",parentData:data,parentDataProperty:"window",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.kind === undefined) && (missing0 = "kind")) || ((data.cause === undefined) && (missing0 = "cause"))){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.kind !== undefined){
const _errs2 = errors;
if("hang" !== data.kind){
validate37.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "hang"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cause !== undefined){
let data1 = data.cause;
const _errs3 = errors;
if(!((data1 === "endless-retry") || (data1 === "early-param"))){
validate37.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema57.properties.cause.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.cause;
if(typeof tag0 == "string"){
if(tag0 === "endless-retry"){
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "early-param"){
const _errs6 = errors;
if(errors === _errs6){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((((((data.kind === undefined) && (missing1 = "kind")) || ((data.cause === undefined) && (missing1 = "cause"))) || ((data.param === undefined) && (missing1 = "param"))) || ((data.fault === undefined) && (missing1 = "fault"))) || ((data.at === undefined) && (missing1 = "at"))) || ((data.fn === undefined) && (missing1 = "fn"))){
validate37.errors = [{instancePath,schemaPath:"#/$defs/earlyParamStop/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs8 = errors;
for(const key0 in data){
if(!((((((key0 === "kind") || (key0 === "cause")) || (key0 === "param")) || (key0 === "fault")) || (key0 === "at")) || (key0 === "fn"))){
validate37.errors = [{instancePath,schemaPath:"#/$defs/earlyParamStop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs8 === errors){
if(data.kind !== undefined){
const _errs9 = errors;
if("hang" !== data.kind){
validate37.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/earlyParamStop/properties/kind/const",keyword:"const",params:{allowedValue: "hang"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs9 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.cause !== undefined){
const _errs10 = errors;
if("early-param" !== data.cause){
validate37.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/$defs/earlyParamStop/properties/cause/const",keyword:"const",params:{allowedValue: "early-param"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs10 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.param !== undefined){
const _errs11 = errors;
if(typeof data.param !== "string"){
validate37.errors = [{instancePath:instancePath+"/param",schemaPath:"#/$defs/earlyParamStop/properties/param/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs11 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.fault !== undefined){
let data5 = data.fault;
const _errs13 = errors;
if(!(((data5 === "bug") || (data5 === "null-dereference")) || (data5 === "panic"))){
validate37.errors = [{instancePath:instancePath+"/fault",schemaPath:"#/$defs/earlyParamStop/properties/fault/enum",keyword:"enum",params:{allowedValues: schema60.properties.fault.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.at !== undefined){
const _errs14 = errors;
if(typeof data.at !== "string"){
validate37.errors = [{instancePath:instancePath+"/at",schemaPath:"#/$defs/earlyParamStop/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs14 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.fn !== undefined){
const _errs16 = errors;
if(typeof data.fn !== "string"){
validate37.errors = [{instancePath:instancePath+"/fn",schemaPath:"#/$defs/earlyParamStop/properties/fn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs16 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/$defs/earlyParamStop/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "cause", tagValue: tag0},message:"value of tag \"cause\" must be in oneOf"}];
return false;
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "cause", tagValue: tag0},message:"tag \"cause\" must be string"}];
return false;
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.kind === undefined) && (missing0 = "kind")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.kind !== undefined){
let data0 = data.kind;
const _errs2 = errors;
if(!(((((data0 === "not-requested") || (data0 === "ignored")) || (data0 === "reserved")) || (data0 === "failed")) || (data0 === "hang"))){
validate28.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema47.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.kind;
if(typeof tag0 == "string"){
if(tag0 === "not-requested"){
const _errs4 = errors;
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.kind === undefined) && (missing1 = "kind")){
validate28.errors = [{instancePath,schemaPath:"#/$defs/notRequested/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs6 = errors;
for(const key0 in data){
if(!(key0 === "kind")){
validate28.errors = [{instancePath,schemaPath:"#/$defs/notRequested/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs6 === errors){
if(data.kind !== undefined){
if("not-requested" !== data.kind){
validate28.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/notRequested/properties/kind/const",keyword:"const",params:{allowedValue: "not-requested"},message:"must be equal to constant"}];
return false;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/$defs/notRequested/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var props0 = true;
}
else if(tag0 === "ignored"){
const _errs9 = errors;
if(errors === _errs9){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.kind === undefined) && (missing2 = "kind")) || ((data.reason === undefined) && (missing2 = "reason"))){
validate28.errors = [{instancePath,schemaPath:"#/$defs/ignored/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data){
if(!((key1 === "kind") || (key1 === "reason"))){
validate28.errors = [{instancePath,schemaPath:"#/$defs/ignored/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data.kind !== undefined){
const _errs12 = errors;
if("ignored" !== data.kind){
validate28.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/$defs/ignored/properties/kind/const",keyword:"const",params:{allowedValue: "ignored"},message:"must be equal to constant"}];
return false;
}
var valid7 = _errs12 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.reason !== undefined){
let data3 = data.reason;
const _errs13 = errors;
if(!(((((((data3 === "syntax") || (data3 === "zero")) || (data3 === "size-exceeds-ram")) || (data3 === "unsupported-suffix")) || (data3 === "low-only")) || (data3 === "no-crash-kernel")) || (data3 === "kdump-kernel"))){
validate28.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/$defs/ignored/properties/reason/enum",keyword:"enum",params:{allowedValues: schema62.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs13 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/$defs/ignored/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "reserved"){
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "failed"){
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(props0 !== true){
props0 = true;
}
}
else if(tag0 === "hang"){
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
else {
var props1 = validate37.evaluated.props;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "kind", tagValue: tag0},message:"value of tag \"kind\" must be in oneOf"}];
return false;
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "kind", tagValue: tag0},message:"tag \"kind\" must be string"}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema63 = {"title":"Request","description":"The crashkernel= tokens and what the kernel's parser made of them (the last crashkernel= of each kind wins, as in the kernel). With no crashkernel= in the part of the command line the kernel keeps (its first COMMAND_LINE_SIZE - 1 bytes), only `present` (false). Otherwise which sizes are present depends on the form: plain or range-list (`size` and `base`), or `,high` (`high`, with `low` as described there), each written whenever the kernel went on to reserve; for a value the kernel ignored, what the parser had read (`size` 0 when it found no number), with `base` or `low` on some generations only.","type":"object","additionalProperties":false,"required":["present"],"properties":{"present":{"description":"The command line has a crashkernel= option in the part the kernel keeps; when false, no other property is present.","type":"boolean"},"size":{"$ref":"#/$defs/hex64","description":"The size parsed from `crashkernel=size[@offset]` or the matching entry of a range list."},"base":{"$ref":"#/$defs/hex64","description":"The `@offset` of the request, the kernel's crash_base; `0x0000000000000000` when none was given. `@0` (and an `@` followed by no number) give the same 0: every modelled kernel starts crash_base at 0 and treats 0 as \"no fixed base, place it anywhere\", so those requests are one and the same (`crashkernel.fixed` is false for them)."},"high":{"$ref":"#/$defs/hex64","description":"The size of `crashkernel=size,high`."},"low":{"$ref":"#/$defs/hex64","description":"The low size. With `,high`: the size of `crashkernel=size,low`, or without a `,low` token the kernel's default low size (0 where it reserves none by default). x86_64 up to 6.6 records instead the size of the low region actually reserved, after a plain request too (one that fell back above 4 GiB), and leaves `low` out when none was."},"cma":{"$ref":"#/$defs/hex64","description":"The size of `crashkernel=size,cma`, where the kernel reads it (x86_64 6.17+, arm64 and riscv64 7.3+); absent elsewhere and without one."}},"if":{"properties":{"present":{"const":false}}},"then":{"maxProperties":1}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.present !== undefined){
if(false !== data.present){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
validate45.errors = [{instancePath,schemaPath:"#/then/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate45.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.present === undefined) && (missing0 = "present")){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!((((((key0 === "present") || (key0 === "size")) || (key0 === "base")) || (key0 === "high")) || (key0 === "low")) || (key0 === "cma"))){
validate45.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.present !== undefined){
const _errs6 = errors;
if(typeof data.present !== "boolean"){
validate45.errors = [{instancePath:instancePath+"/present",schemaPath:"#/properties/present/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.size !== undefined){
let data2 = data.size;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate45.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs8 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.base !== undefined){
let data3 = data.base;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
validate45.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.high !== undefined){
let data4 = data.high;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
validate45.errors = [{instancePath:instancePath+"/high",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/high",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs14 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.low !== undefined){
let data5 = data.low;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data5 === "string"){
if(!pattern14.test(data5)){
validate45.errors = [{instancePath:instancePath+"/low",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/low",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.cma !== undefined){
let data6 = data.cma;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
validate45.errors = [{instancePath:instancePath+"/cma",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate45.errors = [{instancePath:instancePath+"/cma",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema69 = {"title":"CrashkernelCma","description":"What reserve_crashkernel_cma() did with `crashkernel=size,cma` (x86_64 6.17+, arm64 and riscv64 7.3+): CMA areas for the crash kernel besides the main reservation, which the running kernel lends to movable allocations until a crash. The kernel reserves them after the main reservation, whether that succeeded or failed; absent without a `,cma` size, where the kernel does not read one, or when crashkernel= is ignored.","type":"object","additionalProperties":false,"required":["requested","reserved","ranges"],"properties":{"requested":{"$ref":"#/$defs/hex64","description":"The size asked for."},"reserved":{"$ref":"#/$defs/hex64","description":"What the kernel counts as reserved (the sizes it asked for). Below `requested`, it printed \"crashkernel CMA reservation failed\"."},"ranges":{"description":"The areas (crashk_cma_ranges[]), each as large as its CMA area: the size asked for rounded up to the CMA alignment. At most four: the kernel halves the size after each failure.","type":"array","maxItems":4,"items":{"$ref":"#/$defs/range"}},"unsupported":{"const":true,"description":"The kernel has no CONFIG_CMA and reserved nothing (\"crashkernel CMA reservation not supported\")."}}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.requested === undefined) && (missing0 = "requested")) || ((data.reserved === undefined) && (missing0 = "reserved"))) || ((data.ranges === undefined) && (missing0 = "ranges"))){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "requested") || (key0 === "reserved")) || (key0 === "ranges")) || (key0 === "unsupported"))){
validate47.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.requested !== undefined){
let data0 = data.requested;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate47.errors = [{instancePath:instancePath+"/requested",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/requested",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reserved !== undefined){
let data1 = data.reserved;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate47.errors = [{instancePath:instancePath+"/reserved",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate47.errors = [{instancePath:instancePath+"/reserved",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ranges !== undefined){
let data2 = data.ranges;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data2)){
if(data2.length > 4){
validate47.errors = [{instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate34(data2[i0], {instancePath:instancePath+"/ranges/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate47.errors = [{instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unsupported !== undefined){
const _errs11 = errors;
if(true !== data.unsupported){
validate47.errors = [{instancePath:instancePath+"/unsupported",schemaPath:"#/properties/unsupported/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema72 = {"title":"ZoneRange","description":"One line of the \"Zone ranges:\" block.","type":"object","additionalProperties":false,"required":["name","start","end"],"properties":{"name":{"description":"The zone.","enum":["DMA","DMA32","Normal","Device"]},"start":{"description":"First address of the zone; null when the kernel prints \"empty\".","oneOf":[{"$ref":"#/$defs/hex64"},{"type":"null"}]},"end":{"description":"Last address of the zone, inclusive as the kernel prints it; null when \"empty\".","oneOf":[{"$ref":"#/$defs/hex64"},{"type":"null"}]}}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.name === undefined) && (missing0 = "name")) || ((data.start === undefined) && (missing0 = "start"))) || ((data.end === undefined) && (missing0 = "end"))){
validate50.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "start")) || (key0 === "end"))){
validate50.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(!((((data0 === "DMA") || (data0 === "DMA32")) || (data0 === "Normal")) || (data0 === "Device"))){
validate50.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/enum",keyword:"enum",params:{allowedValues: schema72.properties.name.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.start !== undefined){
let data1 = data.start;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
let passing0 = null;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err0 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/start",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs8 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate50.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data2 = data.end;
const _errs10 = errors;
const _errs11 = errors;
let valid3 = false;
let passing1 = null;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err4 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/end",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs15 = errors;
if(data2 !== null){
const err6 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid1 = _errs15 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err7 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate50.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema78 = {"title":"MemblockRegion","description":"One region of memblock.memory or memblock.reserved, [base, base + size), field names as in struct memblock_region.","type":"object","additionalProperties":false,"required":["base","size","flags"],"properties":{"base":{"$ref":"#/$defs/hex64","description":"First address of the region."},"size":{"$ref":"#/$defs/hex64","description":"Size of the region in bytes."},"flags":{"description":"enum memblock_flags bits: 1 MEMBLOCK_HOTPLUG, 2 MEMBLOCK_MIRROR, 4 MEMBLOCK_NOMAP, 32 MEMBLOCK_RSRV_KERN (6.16+); 0 MEMBLOCK_NONE.","type":"integer","minimum":0},"nid":{"description":"memblock_get_region_node(): the node memblock=debug's dump prints (\" on node %d\") when it is a valid one (0 here), else MAX_NUMNODES (1024) or NUMA_NO_NODE (-1), which it prints nothing for. Regions with different nodes are never merged.","type":"integer","minimum":-1},"owner":{"description":"What made the reservation (the caller in memblock=debug terms, e.g. `kernel`, `initrd`, `fdt`, `crashkernel`), for reports.","type":"string"},"alsoOwners":{"description":"What else memblock merged into this region (other owners), for reports.","type":"array","items":{"type":"string"}}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.base === undefined) && (missing0 = "base")) || ((data.size === undefined) && (missing0 = "size"))) || ((data.flags === undefined) && (missing0 = "flags"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "base") || (key0 === "size")) || (key0 === "flags")) || (key0 === "nid")) || (key0 === "owner")) || (key0 === "alsoOwners"))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.base !== undefined){
let data0 = data.base;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate52.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/base",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.size !== undefined){
let data1 = data.size;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate52.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/size",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.flags !== undefined){
let data2 = data.flags;
const _errs8 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate52.errors = [{instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate52.errors = [{instancePath:instancePath+"/flags",schemaPath:"#/properties/flags/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nid !== undefined){
let data3 = data.nid;
const _errs10 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate52.errors = [{instancePath:instancePath+"/nid",schemaPath:"#/properties/nid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < -1 || isNaN(data3)){
validate52.errors = [{instancePath:instancePath+"/nid",schemaPath:"#/properties/nid/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owner !== undefined){
const _errs12 = errors;
if(typeof data.owner !== "string"){
validate52.errors = [{instancePath:instancePath+"/owner",schemaPath:"#/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.alsoOwners !== undefined){
let data5 = data.alsoOwners;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data5)){
var valid3 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs16 = errors;
if(typeof data5[i0] !== "string"){
validate52.errors = [{instancePath:instancePath+"/alsoOwners/" + i0,schemaPath:"#/properties/alsoOwners/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/alsoOwners",schemaPath:"#/properties/alsoOwners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"title":"LinearMapFacts","description":"How the kernel maps RAM in its linear map (arm64 map_mem(), riscv64 create_linear_mapping_page_table()); absent on x86_64, whose direct map is in `directMapKb`.","type":"object","additionalProperties":false,"required":["forcedBasePagesBy","forcedByCrashkernel","histogram","crashHistogram","pageTableBytes","blockHistogram","blockPageTableBytes"],"properties":{"forcedBasePagesBy":{"description":"Why base pages are forced for the whole linear map ([] = blocks allowed): `rodata_full`, `debug_pagealloc`, `crash_mem_map` (the crashkernel early param, 5.10–6.3), `kfence` or `kfence_late`.","type":"array","items":{"enum":["rodata_full","debug_pagealloc","crash_mem_map","kfence","kfence_late"]}},"forcedByCrashkernel":{"description":"Base pages are forced only because of crashkernel= (the 2022 thread's problem).","type":"boolean"},"histogram":{"$ref":"#/$defs/granuleHistogram","description":"Bytes of the linear map mapped at each granule."},"crashHistogram":{"description":"The histogram restricted to each crash region, in address order.","type":"array","items":{"$ref":"#/$defs/granuleHistogram"}},"kfenceRuntimeUnmappablePages":{"description":"Base pages that KFENCE may unmap later, at run time (one data page per freed object; 0 when KFENCE does not run). A walk of a running system shows up to this many fewer pages in the base-page bucket than the boot-time map predicted here.","type":"integer","minimum":0},"pageTableBytes":{"$ref":"#/$defs/hex64","description":"Memory used by last-level page tables of the linear map."},"blockHistogram":{"$ref":"#/$defs/granuleHistogram","description":"The same map if nothing forced base pages (for cost comparisons)."},"blockPageTableBytes":{"$ref":"#/$defs/hex64","description":"Last-level page-table memory of `blockHistogram`'s map."}}};
const schema82 = {"title":"GranuleHistogram","description":"Bytes of the linear map mapped at each granule, keyed by granule: the page size or block size, with `-cont` for arm64 contiguous-bit runs (`4K`, `4K-cont`, `2M`, `2M-cont`, `1G`; 16K pages: `16K`, `16K-cont`, `32M`, `32M-cont`; 64K pages: `64K`, `64K-cont`, `512M`, `512M-cont`; riscv64 also `512G`). A granule that maps nothing has no key.","type":"object","propertyNames":{"pattern":"^[0-9]+[KMG](-cont)?$"},"additionalProperties":{"$ref":"#/$defs/hex64"}};
const pattern34 = new RegExp("^[0-9]+[KMG](-cont)?$", "u");

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(!pattern34.test(key0)){
const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[KMG](-cont)?$"},message:"must match pattern \""+"^[0-9]+[KMG](-cont)?$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate56.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
let data0 = data[key1];
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
validate56.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs3 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.forcedBasePagesBy === undefined) && (missing0 = "forcedBasePagesBy")) || ((data.forcedByCrashkernel === undefined) && (missing0 = "forcedByCrashkernel"))) || ((data.histogram === undefined) && (missing0 = "histogram"))) || ((data.crashHistogram === undefined) && (missing0 = "crashHistogram"))) || ((data.pageTableBytes === undefined) && (missing0 = "pageTableBytes"))) || ((data.blockHistogram === undefined) && (missing0 = "blockHistogram"))) || ((data.blockPageTableBytes === undefined) && (missing0 = "blockPageTableBytes"))){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "forcedBasePagesBy") || (key0 === "forcedByCrashkernel")) || (key0 === "histogram")) || (key0 === "crashHistogram")) || (key0 === "kfenceRuntimeUnmappablePages")) || (key0 === "pageTableBytes")) || (key0 === "blockHistogram")) || (key0 === "blockPageTableBytes"))){
validate55.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.forcedBasePagesBy !== undefined){
let data0 = data.forcedBasePagesBy;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
const _errs4 = errors;
if(!(((((data1 === "rodata_full") || (data1 === "debug_pagealloc")) || (data1 === "crash_mem_map")) || (data1 === "kfence")) || (data1 === "kfence_late"))){
validate55.errors = [{instancePath:instancePath+"/forcedBasePagesBy/" + i0,schemaPath:"#/properties/forcedBasePagesBy/items/enum",keyword:"enum",params:{allowedValues: schema81.properties.forcedBasePagesBy.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/forcedBasePagesBy",schemaPath:"#/properties/forcedBasePagesBy/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.forcedByCrashkernel !== undefined){
const _errs5 = errors;
if(typeof data.forcedByCrashkernel !== "boolean"){
validate55.errors = [{instancePath:instancePath+"/forcedByCrashkernel",schemaPath:"#/properties/forcedByCrashkernel/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.histogram !== undefined){
const _errs7 = errors;
if(!(validate56(data.histogram, {instancePath:instancePath+"/histogram",parentData:data,parentDataProperty:"histogram",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crashHistogram !== undefined){
let data4 = data.crashHistogram;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate56(data4[i1], {instancePath:instancePath+"/crashHistogram/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
else {
validate55.errors = [{instancePath:instancePath+"/crashHistogram",schemaPath:"#/properties/crashHistogram/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kfenceRuntimeUnmappablePages !== undefined){
let data6 = data.kfenceRuntimeUnmappablePages;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate55.errors = [{instancePath:instancePath+"/kfenceRuntimeUnmappablePages",schemaPath:"#/properties/kfenceRuntimeUnmappablePages/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate55.errors = [{instancePath:instancePath+"/kfenceRuntimeUnmappablePages",schemaPath:"#/properties/kfenceRuntimeUnmappablePages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pageTableBytes !== undefined){
let data7 = data.pageTableBytes;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data7 === "string"){
if(!pattern14.test(data7)){
validate55.errors = [{instancePath:instancePath+"/pageTableBytes",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/pageTableBytes",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blockHistogram !== undefined){
const _errs16 = errors;
if(!(validate56(data.blockHistogram, {instancePath:instancePath+"/blockHistogram",parentData:data,parentDataProperty:"blockHistogram",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blockPageTableBytes !== undefined){
let data9 = data.blockPageTableBytes;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data9 === "string"){
if(!pattern14.test(data9)){
validate55.errors = [{instancePath:instancePath+"/blockPageTableBytes",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate55.errors = [{instancePath:instancePath+"/blockPageTableBytes",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema89 = {"title":"BootPanic","description":"The boot panics after the crash reservation, by `cause`: the reservation's lines are out, but the kernel never starts a shell or loads a crash kernel. Absent when it does not.","type":"object","properties":{"cause":{"enum":["node-without-pgdat","no-real-mode-trampoline"],"description":"`node-without-pgdat` (in setup_arch()) or `no-real-mode-trampoline` (in the early initcalls)."}},"required":["cause"],"discriminator":{"propertyName":"cause"},"oneOf":[{"$ref":"#/$defs/nodeWithoutPgdatPanic"},{"$ref":"#/$defs/noRealModeTrampolinePanic"}]};
const schema92 = {"title":"NoRealModeTrampolinePanic","description":"`no-real-mode-trampoline` (x86_64, every release; in the early initcall init_real_mode(), after setup_arch()): reserve_real_mode() found no free memory under 1 MiB and init_real_mode() panics (\"Real mode trampoline was not allocated\").","type":"object","additionalProperties":false,"required":["cause","at","fn"],"properties":{"cause":{"const":"no-real-mode-trampoline","description":"Why the boot panics."},"at":{"description":"The kernel file and function that panics, `arch/x86/realmode/init.c init_real_mode`.","type":"string","minLength":1},"fn":{"description":"The function alone, `init_real_mode`.","type":"string","minLength":1}}};
const schema90 = {"title":"NodeWithoutPgdatPanic","description":"`node-without-pgdat` (x86_64 5.10.53 – 5.10.201, 5.13.5 – 5.15.139, 5.16, 5.17; in setup_arch()): numa_register_memblks() gave a node with memory no pg_data_t because it spans less than NODE_MIN_SIZE (4 MiB), free_area_init() set up only the online nodes, and memmap_init() reads the node's NODE_DATA() through NULL (\"BUG: kernel NULL pointer dereference\").","type":"object","additionalProperties":false,"required":["cause","nid","memory","at","fn"],"properties":{"cause":{"const":"node-without-pgdat","description":"Why the boot panics."},"nid":{"description":"The node left without a pg_data_t.","type":"integer","minimum":0},"memory":{"$ref":"#/$defs/hex64","description":"The node's memory in memblock.memory, in bytes."},"at":{"description":"The kernel file and function that faults, `mm/page_alloc.c memmap_init`.","type":"string","minLength":1},"fn":{"description":"The function alone, as the kernel's fault line names it (free_area_init where memmap_init is inlined).","type":"string","minLength":1}}};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.cause === undefined) && (missing0 = "cause")) || ((data.nid === undefined) && (missing0 = "nid"))) || ((data.memory === undefined) && (missing0 = "memory"))) || ((data.at === undefined) && (missing0 = "at"))) || ((data.fn === undefined) && (missing0 = "fn"))){
validate62.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "cause") || (key0 === "nid")) || (key0 === "memory")) || (key0 === "at")) || (key0 === "fn"))){
validate62.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.cause !== undefined){
const _errs2 = errors;
if("node-without-pgdat" !== data.cause){
validate62.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/const",keyword:"const",params:{allowedValue: "node-without-pgdat"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nid !== undefined){
let data1 = data.nid;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate62.errors = [{instancePath:instancePath+"/nid",schemaPath:"#/properties/nid/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs3){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
validate62.errors = [{instancePath:instancePath+"/nid",schemaPath:"#/properties/nid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory !== undefined){
let data2 = data.memory;
const _errs5 = errors;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
validate62.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.at !== undefined){
let data3 = data.at;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate62.errors = [{instancePath:instancePath+"/at",schemaPath:"#/properties/at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fn !== undefined){
let data4 = data.fn;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate62.errors = [{instancePath:instancePath+"/fn",schemaPath:"#/properties/fn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate62.errors = [{instancePath:instancePath+"/fn",schemaPath:"#/properties/fn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.cause === undefined) && (missing0 = "cause")){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.cause !== undefined){
let data0 = data.cause;
const _errs2 = errors;
if(!((data0 === "node-without-pgdat") || (data0 === "no-real-mode-trampoline"))){
validate61.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/properties/cause/enum",keyword:"enum",params:{allowedValues: schema89.properties.cause.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.cause;
if(typeof tag0 == "string"){
if(tag0 === "node-without-pgdat"){
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var props0 = true;
}
else if(tag0 === "no-real-mode-trampoline"){
const _errs5 = errors;
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.cause === undefined) && (missing1 = "cause")) || ((data.at === undefined) && (missing1 = "at"))) || ((data.fn === undefined) && (missing1 = "fn"))){
validate61.errors = [{instancePath,schemaPath:"#/$defs/noRealModeTrampolinePanic/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key0 in data){
if(!(((key0 === "cause") || (key0 === "at")) || (key0 === "fn"))){
validate61.errors = [{instancePath,schemaPath:"#/$defs/noRealModeTrampolinePanic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data.cause !== undefined){
const _errs8 = errors;
if("no-real-mode-trampoline" !== data.cause){
validate61.errors = [{instancePath:instancePath+"/cause",schemaPath:"#/$defs/noRealModeTrampolinePanic/properties/cause/const",keyword:"const",params:{allowedValue: "no-real-mode-trampoline"},message:"must be equal to constant"}];
return false;
}
var valid5 = _errs8 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.at !== undefined){
let data2 = data.at;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate61.errors = [{instancePath:instancePath+"/at",schemaPath:"#/$defs/noRealModeTrampolinePanic/properties/at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/at",schemaPath:"#/$defs/noRealModeTrampolinePanic/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs9 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.fn !== undefined){
let data3 = data.fn;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate61.errors = [{instancePath:instancePath+"/fn",schemaPath:"#/$defs/noRealModeTrampolinePanic/properties/fn/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate61.errors = [{instancePath:instancePath+"/fn",schemaPath:"#/$defs/noRealModeTrampolinePanic/properties/fn/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs11 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/$defs/noRealModeTrampolinePanic/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
if(props0 !== true){
props0 = true;
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "cause", tagValue: tag0},message:"value of tag \"cause\" must be in oneOf"}];
return false;
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "cause", tagValue: tag0},message:"tag \"cause\" must be string"}];
return false;
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate61.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate61.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((data.arch === undefined) && (missing0 = "arch")) || ((data.kernel === undefined) && (missing0 = "kernel"))) || ((data.policy === undefined) && (missing0 = "policy"))) || ((data.crashkernel === undefined) && (missing0 = "crashkernel"))) || ((data.request === undefined) && (missing0 = "request"))) || ((data.zones === undefined) && (missing0 = "zones"))) || ((data.zoneLines === undefined) && (missing0 = "zoneLines"))) || ((data.zoneLinesAt === undefined) && (missing0 = "zoneLinesAt"))) || ((data.lowMax === undefined) && (missing0 = "lowMax"))) || ((data.highMax === undefined) && (missing0 = "highMax"))) || ((data.systemRam === undefined) && (missing0 = "systemRam"))) || ((data.memory === undefined) && (missing0 = "memory"))) || ((data.reserved === undefined) && (missing0 = "reserved"))) || ((data.protection === undefined) && (missing0 = "protection"))) || ((data.trace === undefined) && (missing0 = "trace"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.arch !== undefined){
let data0 = data.arch;
const _errs2 = errors;
if(!(((data0 === "arm64") || (data0 === "x86_64")) || (data0 === "riscv64"))){
validate27.errors = [{instancePath:instancePath+"/arch",schemaPath:"#/properties/arch/enum",keyword:"enum",params:{allowedValues: schema45.properties.arch.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kernel !== undefined){
let data1 = data.kernel;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
validate27.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.policy !== undefined){
let data2 = data.policy;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate27.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crashkernel !== undefined){
const _errs8 = errors;
if(!(validate28(data.crashkernel, {instancePath:instancePath+"/crashkernel",parentData:data,parentDataProperty:"crashkernel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.request !== undefined){
const _errs9 = errors;
if(!(validate45(data.request, {instancePath:instancePath+"/request",parentData:data,parentDataProperty:"request",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crashkernelCma !== undefined){
const _errs10 = errors;
if(!(validate47(data.crashkernelCma, {instancePath:instancePath+"/crashkernelCma",parentData:data,parentDataProperty:"crashkernelCma",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.zones !== undefined){
let data6 = data.zones;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data6)){
var valid2 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs13 = errors;
if(!(validate50(data6[i0], {instancePath:instancePath+"/zones/" + i0,parentData:data6,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/zones",schemaPath:"#/properties/zones/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.zoneLines !== undefined){
let data8 = data.zoneLines;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data8)){
var valid3 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(typeof data8[i1] !== "string"){
validate27.errors = [{instancePath:instancePath+"/zoneLines/" + i1,schemaPath:"#/properties/zoneLines/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs16 === errors;
if(!valid3){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/zoneLines",schemaPath:"#/properties/zoneLines/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.zoneLinesAt !== undefined){
let data10 = data.zoneLinesAt;
const _errs18 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate27.errors = [{instancePath:instancePath+"/zoneLinesAt",schemaPath:"#/properties/zoneLinesAt/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate27.errors = [{instancePath:instancePath+"/zoneLinesAt",schemaPath:"#/properties/zoneLinesAt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lowMax !== undefined){
let data11 = data.lowMax;
const _errs20 = errors;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data11 === "string"){
if(!pattern14.test(data11)){
validate27.errors = [{instancePath:instancePath+"/lowMax",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/lowMax",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.highMax !== undefined){
let data12 = data.highMax;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data12 === "string"){
if(!pattern14.test(data12)){
validate27.errors = [{instancePath:instancePath+"/highMax",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/highMax",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.systemRam !== undefined){
let data13 = data.systemRam;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data13 === "string"){
if(!pattern14.test(data13)){
validate27.errors = [{instancePath:instancePath+"/systemRam",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/systemRam",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memory !== undefined){
let data14 = data.memory;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data14)){
var valid7 = true;
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
const _errs31 = errors;
if(!(validate52(data14[i2], {instancePath:instancePath+"/memory/" + i2,parentData:data14,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid7 = _errs31 === errors;
if(!valid7){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/memory",schemaPath:"#/properties/memory/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reserved !== undefined){
let data16 = data.reserved;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data16)){
var valid8 = true;
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
const _errs34 = errors;
if(!(validate52(data16[i3], {instancePath:instancePath+"/reserved/" + i3,parentData:data16,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid8 = _errs34 === errors;
if(!valid8){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/reserved",schemaPath:"#/properties/reserved/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.linearMap !== undefined){
const _errs35 = errors;
if(!(validate55(data.linearMap, {instancePath:instancePath+"/linearMap",parentData:data,parentDataProperty:"linearMap",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.satpMode !== undefined){
let data19 = data.satpMode;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing1;
if(((data19.mode === undefined) && (missing1 = "mode")) || ((data19.setBy === undefined) && (missing1 = "setBy"))){
validate27.errors = [{instancePath:instancePath+"/satpMode",schemaPath:"#/$defs/satpMode/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs39 = errors;
for(const key1 in data19){
if(!((key1 === "mode") || (key1 === "setBy"))){
validate27.errors = [{instancePath:instancePath+"/satpMode",schemaPath:"#/$defs/satpMode/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs39 === errors){
if(data19.mode !== undefined){
let data20 = data19.mode;
const _errs40 = errors;
if(!(((data20 === "sv39") || (data20 === "sv48")) || (data20 === "sv57"))){
validate27.errors = [{instancePath:instancePath+"/satpMode/mode",schemaPath:"#/$defs/satpMode/properties/mode/enum",keyword:"enum",params:{allowedValues: schema86.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs40 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.setBy !== undefined){
let data21 = data19.setBy;
const _errs41 = errors;
if(!(((((data21 === "cpu") || (data21 === "release")) || (data21 === "no4lvl")) || (data21 === "no5lvl")) || (data21 === "mmu-type"))){
validate27.errors = [{instancePath:instancePath+"/satpMode/setBy",schemaPath:"#/$defs/satpMode/properties/setBy/enum",keyword:"enum",params:{allowedValues: schema86.properties.setBy.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs41 === errors;
}
else {
var valid10 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/satpMode",schemaPath:"#/$defs/satpMode/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.protection !== undefined){
let data22 = data.protection;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing2;
if(((data22.available === undefined) && (missing2 = "available")) || ((data22.why === undefined) && (missing2 = "why"))){
validate27.errors = [{instancePath:instancePath+"/protection",schemaPath:"#/$defs/protection/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs45 = errors;
for(const key2 in data22){
if(!((key2 === "available") || (key2 === "why"))){
validate27.errors = [{instancePath:instancePath+"/protection",schemaPath:"#/$defs/protection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs45 === errors){
if(data22.available !== undefined){
const _errs46 = errors;
if(typeof data22.available !== "boolean"){
validate27.errors = [{instancePath:instancePath+"/protection/available",schemaPath:"#/$defs/protection/properties/available/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs46 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data22.why !== undefined){
let data24 = data22.why;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data24 === "string"){
if(func2(data24) < 1){
validate27.errors = [{instancePath:instancePath+"/protection/why",schemaPath:"#/$defs/protection/properties/why/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/protection/why",schemaPath:"#/$defs/protection/properties/why/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs48 === errors;
}
else {
var valid12 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/protection",schemaPath:"#/$defs/protection/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directMapKb !== undefined){
let data25 = data.directMapKb;
const _errs50 = errors;
const _errs51 = errors;
if(errors === _errs51){
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
let missing3;
if(((data25.DirectMap4k === undefined) && (missing3 = "DirectMap4k")) || ((data25.DirectMap2M === undefined) && (missing3 = "DirectMap2M"))){
validate27.errors = [{instancePath:instancePath+"/directMapKb",schemaPath:"#/$defs/directMap/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs53 = errors;
for(const key3 in data25){
if(!(((key3 === "DirectMap4k") || (key3 === "DirectMap2M")) || (key3 === "DirectMap1G"))){
validate27.errors = [{instancePath:instancePath+"/directMapKb",schemaPath:"#/$defs/directMap/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs53 === errors){
if(data25.DirectMap4k !== undefined){
let data26 = data25.DirectMap4k;
const _errs54 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap4k",schemaPath:"#/$defs/directMap/properties/DirectMap4k/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs54){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap4k",schemaPath:"#/$defs/directMap/properties/DirectMap4k/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid14 = _errs54 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data25.DirectMap2M !== undefined){
let data27 = data25.DirectMap2M;
const _errs56 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap2M",schemaPath:"#/$defs/directMap/properties/DirectMap2M/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs56){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap2M",schemaPath:"#/$defs/directMap/properties/DirectMap2M/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid14 = _errs56 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data25.DirectMap1G !== undefined){
let data28 = data25.DirectMap1G;
const _errs58 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap1G",schemaPath:"#/$defs/directMap/properties/DirectMap1G/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs58){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
validate27.errors = [{instancePath:instancePath+"/directMapKb/DirectMap1G",schemaPath:"#/$defs/directMap/properties/DirectMap1G/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid14 = _errs58 === errors;
}
else {
var valid14 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/directMapKb",schemaPath:"#/$defs/directMap/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directMapRuntimeSplits2M !== undefined){
let data29 = data.directMapRuntimeSplits2M;
const _errs60 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate27.errors = [{instancePath:instancePath+"/directMapRuntimeSplits2M",schemaPath:"#/properties/directMapRuntimeSplits2M/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs60){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
validate27.errors = [{instancePath:instancePath+"/directMapRuntimeSplits2M",schemaPath:"#/properties/directMapRuntimeSplits2M/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.panic !== undefined){
const _errs62 = errors;
if(!(validate61(data.panic, {instancePath:instancePath+"/panic",parentData:data,parentDataProperty:"panic",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
var valid0 = _errs62 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
let data31 = data.trace;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data31)){
var valid15 = true;
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
let data32 = data31[i4];
const _errs65 = errors;
const _errs66 = errors;
if(errors === _errs66){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing4;
if((((data32.level === undefined) && (missing4 = "level")) || ((data32.source === undefined) && (missing4 = "source"))) || ((data32.text === undefined) && (missing4 = "text"))){
validate27.errors = [{instancePath:instancePath+"/trace/" + i4,schemaPath:"#/$defs/traceEvent/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs68 = errors;
for(const key4 in data32){
if(!(((key4 === "level") || (key4 === "source")) || (key4 === "text"))){
validate27.errors = [{instancePath:instancePath+"/trace/" + i4,schemaPath:"#/$defs/traceEvent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs68 === errors){
if(data32.level !== undefined){
let data33 = data32.level;
const _errs69 = errors;
if(!(((data33 === "info") || (data33 === "warn")) || (data33 === "err"))){
validate27.errors = [{instancePath:instancePath+"/trace/" + i4+"/level",schemaPath:"#/$defs/traceEvent/properties/level/enum",keyword:"enum",params:{allowedValues: schema38.properties.level.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid17 = _errs69 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data32.source !== undefined){
let data34 = data32.source;
const _errs70 = errors;
if(errors === _errs70){
if(typeof data34 === "string"){
if(func2(data34) < 1){
validate27.errors = [{instancePath:instancePath+"/trace/" + i4+"/source",schemaPath:"#/$defs/traceEvent/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate27.errors = [{instancePath:instancePath+"/trace/" + i4+"/source",schemaPath:"#/$defs/traceEvent/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs70 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data32.text !== undefined){
const _errs72 = errors;
if(typeof data32.text !== "string"){
validate27.errors = [{instancePath:instancePath+"/trace/" + i4+"/text",schemaPath:"#/$defs/traceEvent/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs72 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/trace/" + i4,schemaPath:"#/$defs/traceEvent/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid15 = _errs65 === errors;
if(!valid15){
break;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/trace",schemaPath:"#/properties/trace/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema94 = {"title":"DmaDevice","description":"A device that does DMA, with the highest CPU physical address it can reach.","type":"object","additionalProperties":false,"required":["name","dmaLimit","dumpTarget"],"properties":{"name":{"description":"The device's name in the matrix.","type":"string"},"dmaLimit":{"$ref":"#/$defs/hex64","description":"Inclusive highest CPU physical address the device can reach."},"dumpTarget":{"description":"The disk or NIC that writes the vmcore.","type":"boolean"}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.name === undefined) && (missing0 = "name")) || ((data.dmaLimit === undefined) && (missing0 = "dmaLimit"))) || ((data.dumpTarget === undefined) && (missing0 = "dumpTarget"))){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "dmaLimit")) || (key0 === "dumpTarget"))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate66.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dmaLimit !== undefined){
let data1 = data.dmaLimit;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate66.errors = [{instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/hex64/pattern",keyword:"pattern",params:{pattern: "^0x[0-9a-f]{16}$"},message:"must match pattern \""+"^0x[0-9a-f]{16}$"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/dmaLimit",schemaPath:"#/$defs/hex64/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dumpTarget !== undefined){
const _errs7 = errors;
if(typeof data.dumpTarget !== "boolean"){
validate66.errors = [{instancePath:instancePath+"/dumpTarget",schemaPath:"#/properties/dumpTarget/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.file === undefined) && (missing0 = "file")) || ((data.boardId === undefined) && (missing0 = "boardId"))) || ((data.layoutName === undefined) && (missing0 = "layoutName"))) || ((data.kernel === undefined) && (missing0 = "kernel"))) || ((data.pointer === undefined) && (missing0 = "pointer"))) || ((data.result === undefined) && (missing0 = "result"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "file") || (key0 === "boardId")) || (key0 === "layoutName")) || (key0 === "kernel")) || (key0 === "pointer")) || (key0 === "cmdline")) || (key0 === "result")) || (key0 === "devices"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.file !== undefined){
const _errs2 = errors;
if(typeof data.file !== "string"){
validate26.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boardId !== undefined){
const _errs4 = errors;
if(typeof data.boardId !== "string"){
validate26.errors = [{instancePath:instancePath+"/boardId",schemaPath:"#/properties/boardId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layoutName !== undefined){
const _errs6 = errors;
if(typeof data.layoutName !== "string"){
validate26.errors = [{instancePath:instancePath+"/layoutName",schemaPath:"#/properties/layoutName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kernel !== undefined){
let data3 = data.kernel;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
validate26.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/kernel",schemaPath:"#/$defs/kernelRelease/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pointer !== undefined){
let data4 = data.pointer;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
validate26.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\""}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cmdline !== undefined){
const _errs14 = errors;
if(typeof data.cmdline !== "string"){
validate26.errors = [{instancePath:instancePath+"/cmdline",schemaPath:"#/properties/cmdline/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.result !== undefined){
const _errs16 = errors;
if(!(validate27(data.result, {instancePath:instancePath+"/result",parentData:data,parentDataProperty:"result",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.devices !== undefined){
let data7 = data.devices;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data7)){
var valid3 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
const _errs19 = errors;
if(!(validate66(data7[i0], {instancePath:instancePath+"/devices/" + i0,parentData:data7,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid3 = _errs19 === errors;
if(!valid3){
break;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema97 = {"title":"BoardSuggestion","description":"One crashkernel= value for a whole board, verified on every layout of it that was checked (or, where its layouts read several command lines, on every layout that reads the one it edits: a kernel entry's own line and its RAM variants): the board's findings each get the fix for that finding, and on a board of several RAM variants and kernels those can differ.","type":"object","additionalProperties":false,"required":["file","boardId","value","layouts","warned","noted","suggestion"],"properties":{"file":{"description":"The matrix file the board is in.","type":"string"},"boardId":{"description":"The board's `id`.","type":"string"},"value":{"description":"The crashkernel= tokens as they go on the command line, e.g. `crashkernel=464M`.","type":"string","minLength":1},"layouts":{"description":"Layouts of the board the value was verified on (those that read the command line it edits).","type":"integer","minimum":2},"warned":{"description":"Of those, the layouts it leaves with a warning.","type":"integer","minimum":0},"noted":{"description":"Of those, the layouts it leaves with a note.","type":"integer","minimum":0},"suggestion":{"$ref":"#/$defs/suggestion","description":"The edit: the board's command line with `value` in place of its crashkernel= tokens."},"location":{"$ref":"#/$defs/sourceLocation","description":"The command line in the file; the board, when it takes its command line from a preset or `defaults`."}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.file === undefined) && (missing0 = "file")) || ((data.boardId === undefined) && (missing0 = "boardId"))) || ((data.value === undefined) && (missing0 = "value"))) || ((data.layouts === undefined) && (missing0 = "layouts"))) || ((data.warned === undefined) && (missing0 = "warned"))) || ((data.noted === undefined) && (missing0 = "noted"))) || ((data.suggestion === undefined) && (missing0 = "suggestion"))){
validate69.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "file") || (key0 === "boardId")) || (key0 === "value")) || (key0 === "layouts")) || (key0 === "warned")) || (key0 === "noted")) || (key0 === "suggestion")) || (key0 === "location"))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.file !== undefined){
const _errs2 = errors;
if(typeof data.file !== "string"){
validate69.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boardId !== undefined){
const _errs4 = errors;
if(typeof data.boardId !== "string"){
validate69.errors = [{instancePath:instancePath+"/boardId",schemaPath:"#/properties/boardId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
let data2 = data.value;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate69.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layouts !== undefined){
let data3 = data.layouts;
const _errs8 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate69.errors = [{instancePath:instancePath+"/layouts",schemaPath:"#/properties/layouts/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs8){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 2 || isNaN(data3)){
validate69.errors = [{instancePath:instancePath+"/layouts",schemaPath:"#/properties/layouts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.warned !== undefined){
let data4 = data.warned;
const _errs10 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate69.errors = [{instancePath:instancePath+"/warned",schemaPath:"#/properties/warned/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs10){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
validate69.errors = [{instancePath:instancePath+"/warned",schemaPath:"#/properties/warned/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.noted !== undefined){
let data5 = data.noted;
const _errs12 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate69.errors = [{instancePath:instancePath+"/noted",schemaPath:"#/properties/noted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate69.errors = [{instancePath:instancePath+"/noted",schemaPath:"#/properties/noted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.suggestion !== undefined){
const _errs14 = errors;
if(!(validate22(data.suggestion, {instancePath:instancePath+"/suggestion",parentData:data,parentDataProperty:"suggestion",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.location !== undefined){
let data7 = data.location;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
let missing1;
if((((((((data7.file === undefined) && (missing1 = "file")) || ((data7.line === undefined) && (missing1 = "line"))) || ((data7.column === undefined) && (missing1 = "column"))) || ((data7.endLine === undefined) && (missing1 = "endLine"))) || ((data7.endColumn === undefined) && (missing1 = "endColumn"))) || ((data7.offset === undefined) && (missing1 = "offset"))) || ((data7.length === undefined) && (missing1 = "length"))){
validate69.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs18 = errors;
for(const key1 in data7){
if(!(((((((key1 === "file") || (key1 === "line")) || (key1 === "column")) || (key1 === "endLine")) || (key1 === "endColumn")) || (key1 === "offset")) || (key1 === "length"))){
validate69.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data7.file !== undefined){
const _errs19 = errors;
if(typeof data7.file !== "string"){
validate69.errors = [{instancePath:instancePath+"/location/file",schemaPath:"#/$defs/sourceLocation/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.line !== undefined){
let data9 = data7.line;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate69.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/sourceLocation/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 1 || isNaN(data9)){
validate69.errors = [{instancePath:instancePath+"/location/line",schemaPath:"#/$defs/sourceLocation/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.column !== undefined){
let data10 = data7.column;
const _errs23 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate69.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/sourceLocation/properties/column/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
validate69.errors = [{instancePath:instancePath+"/location/column",schemaPath:"#/$defs/sourceLocation/properties/column/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.endLine !== undefined){
let data11 = data7.endLine;
const _errs25 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate69.errors = [{instancePath:instancePath+"/location/endLine",schemaPath:"#/$defs/sourceLocation/properties/endLine/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
validate69.errors = [{instancePath:instancePath+"/location/endLine",schemaPath:"#/$defs/sourceLocation/properties/endLine/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.endColumn !== undefined){
let data12 = data7.endColumn;
const _errs27 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate69.errors = [{instancePath:instancePath+"/location/endColumn",schemaPath:"#/$defs/sourceLocation/properties/endColumn/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
validate69.errors = [{instancePath:instancePath+"/location/endColumn",schemaPath:"#/$defs/sourceLocation/properties/endColumn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.offset !== undefined){
let data13 = data7.offset;
const _errs29 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate69.errors = [{instancePath:instancePath+"/location/offset",schemaPath:"#/$defs/sourceLocation/properties/offset/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate69.errors = [{instancePath:instancePath+"/location/offset",schemaPath:"#/$defs/sourceLocation/properties/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.length !== undefined){
let data14 = data7.length;
const _errs31 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate69.errors = [{instancePath:instancePath+"/location/length",schemaPath:"#/$defs/sourceLocation/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate69.errors = [{instancePath:instancePath+"/location/length",schemaPath:"#/$defs/sourceLocation/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/location",schemaPath:"#/$defs/sourceLocation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema99 = {"title":"UnsimulatedInput","description":"A matrix file, or a board of one, of which no layout was simulated.","type":"object","additionalProperties":false,"required":["file","reason"],"properties":{"file":{"description":"The matrix file, as `files` names it.","type":"string"},"pointer":{"description":"The board (`/boards/2`). Absent: the whole file, of which no board could be told apart (a JSON syntax error, or a schema error with no `boards` array to read).","$ref":"#/$defs/jsonPointer"},"boardId":{"description":"The board's id, when it has one (a string).","type":"string"},"reason":{"description":"`syntax`: the file is not valid JSON (SC001), nothing of it was read. `schema`: the schema refused the board, or every board of the file (an error outside the boards, such as in `defaults`: SC002). `semantic`: an SC003 error in every layout of the board. `engine`: the engine simulates none of the board's layouts (SC004).","enum":["syntax","schema","semantic","engine"]}}};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.file === undefined) && (missing0 = "file")) || ((data.reason === undefined) && (missing0 = "reason"))){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "file") || (key0 === "pointer")) || (key0 === "boardId")) || (key0 === "reason"))){
validate72.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.file !== undefined){
const _errs2 = errors;
if(typeof data.file !== "string"){
validate72.errors = [{instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pointer !== undefined){
let data1 = data.pointer;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern8.test(data1)){
validate72.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/pattern",keyword:"pattern",params:{pattern: "^(/([^~/]|~[01])*)*$"},message:"must match pattern \""+"^(/([^~/]|~[01])*)*$"+"\""}];
return false;
}
}
else {
validate72.errors = [{instancePath:instancePath+"/pointer",schemaPath:"#/$defs/jsonPointer/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boardId !== undefined){
const _errs7 = errors;
if(typeof data.boardId !== "string"){
validate72.errors = [{instancePath:instancePath+"/boardId",schemaPath:"#/properties/boardId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data3 = data.reason;
const _errs9 = errors;
if(!((((data3 === "syntax") || (data3 === "schema")) || (data3 === "semantic")) || (data3 === "engine"))){
validate72.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema99.properties.reason.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://crashkernel-check.dev/schemas/report/v1.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.tool === undefined) && (missing0 = "tool")) || ((data.files === undefined) && (missing0 = "files"))) || ((data.findings === undefined) && (missing0 = "findings"))) || ((data.layouts === undefined) && (missing0 = "layouts"))) || ((data.counts === undefined) && (missing0 = "counts"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tool !== undefined){
let data0 = data.tool;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if(((data0.name === undefined) && (missing1 = "name")) || ((data0.version === undefined) && (missing1 = "version"))){
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/$defs/tool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key1 in data0){
if(!((key1 === "name") || (key1 === "version"))){
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/$defs/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data0.name !== undefined){
const _errs6 = errors;
if("crashkernel-check" !== data0.name){
validate20.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/$defs/tool/properties/name/const",keyword:"const",params:{allowedValue: "crashkernel-check"},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data0.version !== undefined){
let data2 = data0.version;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate20.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/$defs/tool/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/$defs/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/$defs/tool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.files !== undefined){
let data3 = data.files;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data3)){
var valid3 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data3[i0] !== "string"){
validate20.errors = [{instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs11 === errors;
if(!valid3){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.findings !== undefined){
let data5 = data.findings;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data5)){
var valid4 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(!(validate21(data5[i1], {instancePath:instancePath+"/findings/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid4 = _errs15 === errors;
if(!valid4){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.layouts !== undefined){
let data7 = data.layouts;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data7)){
var valid5 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
const _errs18 = errors;
if(!(validate26(data7[i2], {instancePath:instancePath+"/layouts/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid5 = _errs18 === errors;
if(!valid5){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/layouts",schemaPath:"#/properties/layouts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data9 = data.counts;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
let missing2;
if(((((data9.error === undefined) && (missing2 = "error")) || ((data9.warning === undefined) && (missing2 = "warning"))) || ((data9.note === undefined) && (missing2 = "note"))) || ((data9.suppressed === undefined) && (missing2 = "suppressed"))){
validate20.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/counts/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs22 = errors;
for(const key2 in data9){
if(!((((key2 === "error") || (key2 === "warning")) || (key2 === "note")) || (key2 === "suppressed"))){
validate20.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/counts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs22 === errors){
if(data9.error !== undefined){
let data10 = data9.error;
const _errs23 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate20.errors = [{instancePath:instancePath+"/counts/error",schemaPath:"#/$defs/counts/properties/error/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate20.errors = [{instancePath:instancePath+"/counts/error",schemaPath:"#/$defs/counts/properties/error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid7 = _errs23 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.warning !== undefined){
let data11 = data9.warning;
const _errs25 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate20.errors = [{instancePath:instancePath+"/counts/warning",schemaPath:"#/$defs/counts/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate20.errors = [{instancePath:instancePath+"/counts/warning",schemaPath:"#/$defs/counts/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid7 = _errs25 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.note !== undefined){
let data12 = data9.note;
const _errs27 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate20.errors = [{instancePath:instancePath+"/counts/note",schemaPath:"#/$defs/counts/properties/note/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate20.errors = [{instancePath:instancePath+"/counts/note",schemaPath:"#/$defs/counts/properties/note/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid7 = _errs27 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data9.suppressed !== undefined){
let data13 = data9.suppressed;
const _errs29 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate20.errors = [{instancePath:instancePath+"/counts/suppressed",schemaPath:"#/$defs/counts/properties/suppressed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate20.errors = [{instancePath:instancePath+"/counts/suppressed",schemaPath:"#/$defs/counts/properties/suppressed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/$defs/counts/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kernelOverride !== undefined){
let data14 = data.kernelOverride;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data14)){
if(data14.length < 1){
validate20.errors = [{instancePath:instancePath+"/kernelOverride",schemaPath:"#/properties/kernelOverride/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid8 = true;
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
const _errs33 = errors;
if(errors === _errs33){
if(typeof data15 === "string"){
if(func2(data15) < 1){
validate20.errors = [{instancePath:instancePath+"/kernelOverride/" + i3,schemaPath:"#/properties/kernelOverride/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kernelOverride/" + i3,schemaPath:"#/properties/kernelOverride/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs33 === errors;
if(!valid8){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/kernelOverride",schemaPath:"#/properties/kernelOverride/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boardSuggestions !== undefined){
let data16 = data.boardSuggestions;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data16)){
if(data16.length < 1){
validate20.errors = [{instancePath:instancePath+"/boardSuggestions",schemaPath:"#/properties/boardSuggestions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid9 = true;
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
const _errs37 = errors;
if(!(validate69(data16[i4], {instancePath:instancePath+"/boardSuggestions/" + i4,parentData:data16,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var valid9 = _errs37 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/boardSuggestions",schemaPath:"#/properties/boardSuggestions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.problems !== undefined){
let data18 = data.problems;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data18)){
if(data18.length < 1){
validate20.errors = [{instancePath:instancePath+"/problems",schemaPath:"#/properties/problems/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid10 = true;
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
let data19 = data18[i5];
const _errs40 = errors;
if(errors === _errs40){
if(typeof data19 === "string"){
if(func2(data19) < 1){
validate20.errors = [{instancePath:instancePath+"/problems/" + i5,schemaPath:"#/properties/problems/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/problems/" + i5,schemaPath:"#/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs40 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/problems",schemaPath:"#/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.unsimulated !== undefined){
let data20 = data.unsimulated;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data20)){
if(data20.length < 1){
validate20.errors = [{instancePath:instancePath+"/unsimulated",schemaPath:"#/properties/unsimulated/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid11 = true;
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
const _errs44 = errors;
if(!(validate72(data20[i6], {instancePath:instancePath+"/unsimulated/" + i6,parentData:data20,parentDataProperty:i6,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid11 = _errs44 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/unsimulated",schemaPath:"#/properties/unsimulated/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fanout !== undefined){
let data22 = data.fanout;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing3;
if(((data22.files === undefined) && (missing3 = "files")) || ((data22.boards === undefined) && (missing3 = "boards"))){
validate20.errors = [{instancePath:instancePath+"/fanout",schemaPath:"#/$defs/fanout/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs48 = errors;
for(const key3 in data22){
if(!((((((((key3 === "shard") || (key3 === "files")) || (key3 === "boards")) || (key3 === "kernel")) || (key3 === "root")) || (key3 === "commit")) || (key3 === "unmatchedBoards")) || (key3 === "problems"))){
validate20.errors = [{instancePath:instancePath+"/fanout",schemaPath:"#/$defs/fanout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data22.shard !== undefined){
const _errs49 = errors;
if(typeof data22.shard !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/shard",schemaPath:"#/$defs/fanout/properties/shard/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs49 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.files !== undefined){
let data24 = data22.files;
const _errs51 = errors;
if(errors === _errs51){
if(Array.isArray(data24)){
var valid14 = true;
const len7 = data24.length;
for(let i7=0; i7<len7; i7++){
const _errs53 = errors;
if(typeof data24[i7] !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/files/" + i7,schemaPath:"#/$defs/fanout/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid14 = _errs53 === errors;
if(!valid14){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout/files",schemaPath:"#/$defs/fanout/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs51 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.boards !== undefined){
let data26 = data22.boards;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data26)){
var valid15 = true;
const len8 = data26.length;
for(let i8=0; i8<len8; i8++){
const _errs57 = errors;
if(typeof data26[i8] !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/boards/" + i8,schemaPath:"#/$defs/fanout/properties/boards/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs57 === errors;
if(!valid15){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout/boards",schemaPath:"#/$defs/fanout/properties/boards/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs55 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.kernel !== undefined){
let data28 = data22.kernel;
const _errs59 = errors;
if(errors === _errs59){
if(Array.isArray(data28)){
var valid16 = true;
const len9 = data28.length;
for(let i9=0; i9<len9; i9++){
const _errs61 = errors;
if(typeof data28[i9] !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/kernel/" + i9,schemaPath:"#/$defs/fanout/properties/kernel/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs61 === errors;
if(!valid16){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout/kernel",schemaPath:"#/$defs/fanout/properties/kernel/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs59 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.root !== undefined){
const _errs63 = errors;
if(typeof data22.root !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/root",schemaPath:"#/$defs/fanout/properties/root/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs63 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.commit !== undefined){
const _errs65 = errors;
if(typeof data22.commit !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/commit",schemaPath:"#/$defs/fanout/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid13 = _errs65 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.unmatchedBoards !== undefined){
let data32 = data22.unmatchedBoards;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data32)){
if(data32.length < 1){
validate20.errors = [{instancePath:instancePath+"/fanout/unmatchedBoards",schemaPath:"#/$defs/fanout/properties/unmatchedBoards/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid17 = true;
const len10 = data32.length;
for(let i10=0; i10<len10; i10++){
const _errs69 = errors;
if(typeof data32[i10] !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/unmatchedBoards/" + i10,schemaPath:"#/$defs/fanout/properties/unmatchedBoards/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs69 === errors;
if(!valid17){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout/unmatchedBoards",schemaPath:"#/$defs/fanout/properties/unmatchedBoards/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs67 === errors;
}
else {
var valid13 = true;
}
if(valid13){
if(data22.problems !== undefined){
let data34 = data22.problems;
const _errs71 = errors;
if(errors === _errs71){
if(Array.isArray(data34)){
if(data34.length < 1){
validate20.errors = [{instancePath:instancePath+"/fanout/problems",schemaPath:"#/$defs/fanout/properties/problems/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid18 = true;
const len11 = data34.length;
for(let i11=0; i11<len11; i11++){
const _errs73 = errors;
if(typeof data34[i11] !== "string"){
validate20.errors = [{instancePath:instancePath+"/fanout/problems/" + i11,schemaPath:"#/$defs/fanout/properties/problems/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid18 = _errs73 === errors;
if(!valid18){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout/problems",schemaPath:"#/$defs/fanout/properties/problems/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid13 = _errs71 === errors;
}
else {
var valid13 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/fanout",schemaPath:"#/$defs/fanout/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

