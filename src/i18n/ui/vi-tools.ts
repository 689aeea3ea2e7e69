import type { enTools } from './en-tools';

export const viTools: { readonly [K in keyof typeof enTools]: string } = {};
