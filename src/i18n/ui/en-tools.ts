/** English UI strings of the tools (labels, messages, results); the other locales mirror its keys. */
export const enTools = {} as const;
