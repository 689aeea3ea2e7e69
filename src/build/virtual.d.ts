declare module 'virtual:search-ui-url' {
  /** Site path of the search UI bundle (src/widgets/mount-search.tsx). */
  const url: string;
  export default url;
}
