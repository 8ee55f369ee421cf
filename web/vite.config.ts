// The browser app: web/index.html and web/src, built into web/dist (served by web/server).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  clearScreen: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps would hand the whole source to anyone who asks; `npm run dev` still has them.
    sourcemap: false,
    // sigma and CodeMirror make one ~1 MB bundle; it is served from the same machine.
    chunkSizeWarningLimit: 1500,
  },
});
