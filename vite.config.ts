// Vite serves and builds the viewer in web/; Vitest runs the tests in test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  build: { outDir: '../dist', emptyOutDir: true },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
