declare module 'virtual:search-ui-url' {
  /** Site path of the search UI bundle (src/widgets/mount-search.tsx). */
  const url: string;
  export default url;
}

declare module 'virtual:side-by-side-url' {
  /** Site path of the side-by-side composer (src/scripts/side-by-side.ts). */
  const url: string;
  export default url;
}
