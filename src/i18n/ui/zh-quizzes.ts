import type { enQuizzes } from './en-quizzes';

export const zhQuizzes: { readonly [K in keyof typeof enQuizzes]: string } = {};
