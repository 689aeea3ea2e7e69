import type { enQuizzes } from './en-quizzes';

export const viQuizzes: { readonly [K in keyof typeof enQuizzes]: string } = {};
