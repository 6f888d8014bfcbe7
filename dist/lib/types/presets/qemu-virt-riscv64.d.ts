import { type Preset } from './types.js';
export declare const qemuVirtRiscv64: Preset;
