import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

export default {
  input: 'src/define.ts',
  output: {
    file: 'dist/lille-networks.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    resolve(),
    typescript({ tsconfig: './tsconfig.json', declarationDir: 'dist/types' }),
    minifyTemplateLiterals(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 3, unsafe_arrows: true },
      // Our private members start with "_"; Lit's own internals start with "_$" and keep their names.
      mangle: { properties: { regex: /^_[^$]/ } },
      format: { comments: false },
    }),
  ],
};
