import type { Layout, PhysAddr, PhysSize } from '../types.js';
/** The image symbols create_linear_mapping_page_table() isolates by (physical addresses). */
export interface RiscvImageSections {
    /** _start: the load address (the Image header's first byte). */
    start: PhysAddr;
    /** __init_data_begin: the end of the isolated text. */
    initDataBegin: PhysAddr;
    /** __start_rodata: the start of the isolated rodata. */
    startRodata: PhysAddr;
    /** _data: the end of the isolated rodata. */
    data: PhysAddr;
}
/** The section offsets of one Debian riscv64 build. */
export interface RiscvKernelBuild {
    /** Debian series ("6.12", "7.2"). */
    series: string;
    release: string;
    package: string;
    /** Offsets from _start. */
    offsets: {
        initDataBegin: PhysSize;
        startRodata: PhysSize;
        data: PhysSize;
        /** _end: the Image header's image_size (head.S `.dword _end - _start`). */
        end: PhysSize;
    };
    /** How the offsets were measured. */
    measured: string;
}
/**
 * Engine helper (no kernel counterpart): looks up the measured section offsets of a Debian riscv64 build.
 * By series ("7.2") or release ("7.2.13"; another release of the series stands on the series'
 * build too: the image size decides in riscvImageSections()).
 */
export declare function riscvKernelBuild(release: string): RiscvKernelBuild | undefined;
/**
 * Engine helper (no kernel counterpart): the image sections of the build a layout boots, or undefined when unknown.
 * The build of the layout's series applies when the board's image takes what the build's does
 * (its size rounded up to PMD_SIZE, what setup_bootmem() reserves, equals the build's _end so
 * rounded): the profile's image or the Image header's image_size. A board with an image of its
 * own size is another build, whose section offsets nothing gives: undefined, and
 * setupVmFinal() then isolates the whole PMD-rounded image (which maps the init data and data
 * with PMDs even where the kernel's loop would put a 1 GiB leaf; every other part is the same).
 */
export declare function riscvImageSections(layout: Pick<Layout, 'kernel' | 'image'>): RiscvImageSections | undefined;
/**
 * Engine helper (no kernel counterpart): the Image header's image_size (_end - _start) of the
 * build a layout boots, where its image is that build's (as riscvImageSections() decides): the
 * size kexec's image_load() asks for, which the kernel's own reservation rounds up to PMD_SIZE
 * (the profile's imageSize). Undefined for an image of another size (another build).
 */
export declare function riscvHeaderImageSize(layout: Pick<Layout, 'kernel' | 'image'>): PhysSize | undefined;
