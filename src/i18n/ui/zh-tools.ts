import type { enTools } from './en-tools';

export const zhTools: { readonly [K in keyof typeof enTools]: string } = {};
