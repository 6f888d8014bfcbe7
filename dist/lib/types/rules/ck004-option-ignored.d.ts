type MessageId = 'truncated' | 'misspelt' | 'replaced' | 'rejected' | 'zero' | 'rangeNoMatch' | 'rangeEntryTooBig' | 'sizeAtLeastRam' | 'suffixUnsupported' | 'lowOnly' | 'cmaOnly' | 'noCrashKernel' | 'kdumpKernel' | 'tokenIgnored' | 'tokenRejected' | 'octal' | 'offsetMissing';
declare const _default: import("./define-rule.js").Rule<MessageId>;
export default _default;
