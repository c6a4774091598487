import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Served by the CMS at /analytics/ on the same origin as /analytics-api and /admin/login.
// `VITE_API_PROXY=http://127.0.0.1:1337 npx vite` proxies the API while developing the UI alone.
const apiTarget = process.env.VITE_API_PROXY;
const contractSource = (file: string) => fileURLToPath(new URL(`../contract/src/${file}`, import.meta.url));

export default defineConfig({
  base: '/analytics/',
  plugins: [react()],
  // The contract's TypeScript source (its dist is CommonJS); the UI takes only the zod-free enums at run time.
  resolve: {
    alias: [
      { find: /^@botkb\/contract\/enums$/, replacement: contractSource('analytics/enums.ts') },
      { find: /^@botkb\/contract$/, replacement: contractSource('index.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: true,
  },
  server: apiTarget ? { proxy: { '/analytics-api': apiTarget, '/admin/login': apiTarget } } : undefined,
  preview: apiTarget ? { proxy: { '/analytics-api': apiTarget, '/admin/login': apiTarget } } : undefined,
});
