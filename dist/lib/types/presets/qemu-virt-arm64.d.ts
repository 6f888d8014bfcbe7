import { type Preset } from './types.js';
export declare const qemuVirtArm64: Preset;
