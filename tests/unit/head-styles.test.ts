import { describe, expect, it } from 'vitest';
import { stylesToHead } from '../../src/build/head-styles';

describe('stylesToHead', () => {
  it('moves the body’s style elements to the end of the head, in order, and leaves the rest in place', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"></head><body><h1>T</h1><style>astro-island{display:contents}</style><p>x</p><style media="print">p{}</style></body></html>';
    expect(stylesToHead(html)).toBe(
      '<html><head><link rel="stylesheet" href="/a.css"><style>astro-island{display:contents}</style><style media="print">p{}</style></head><body><h1>T</h1><p>x</p></body></html>',
    );
  });

  it('leaves a page whose styles are all in the head as it is', () => {
    const html = '<html><head><style>a{}</style></head><body><p>x</p></body></html>';
    expect(stylesToHead(html)).toBe(html);
  });
});
