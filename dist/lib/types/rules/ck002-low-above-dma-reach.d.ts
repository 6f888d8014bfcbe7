type MessageId = 'lowAboveReach' | 'mainAboveReach' | 'fixedAboveReach' | 'noLowLimit' | 'lowMissing';
declare const _default: import("./define-rule.js").Rule<MessageId>;
export default _default;
