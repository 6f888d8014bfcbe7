import { type Preset } from './types.js';
export declare const qemuQ35X86_64: Preset;
export declare const qemuPcX86_64: Preset;
