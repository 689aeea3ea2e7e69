/** English UI strings of the quizzes (labels, messages, results); the other locales mirror its keys. */
export const enQuizzes = {} as const;
