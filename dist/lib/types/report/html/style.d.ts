export declare const CSS: string;
