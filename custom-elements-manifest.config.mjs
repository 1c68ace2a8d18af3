/** Generates custom-elements.json from the elements' JSDoc; only the public API goes in. */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.members) {
              decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
            }
          }
        }
      },
    },
  ],
};
