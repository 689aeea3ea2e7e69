/**
 * Identifiers of the site's content kinds, shared by the content schemas, the routes
 * and the tests. Text for each lives in the locale dictionaries and content files.
 */

/** Topic tracks a guide belongs to, in the order the site presents them. */
export const trackIds = ['cto-as-a-service', 'ceo-and-cto', 'finding-and-engaging'] as const;
export type TrackId = (typeof trackIds)[number];

/** Cost tools a guide may point to (`/{locale}/tools/{id}/`). */
export const toolIds = ['cost-comparison', 'bad-hire-cost', 'cto-career'] as const;
export type ToolId = (typeof toolIds)[number];

/** Role-fit quizzes (`/{locale}/quizzes/{id}/`), defined in content/quizzes/. */
export const quizIds = ['cto-model', 'leadership-role', 'partnership-health'] as const;
export type QuizId = (typeof quizIds)[number];
