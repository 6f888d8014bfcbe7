import type { Preset } from './types.js';
export declare const raspberryPi4: Preset;
