import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build lands in target/classes/static, so the Maven jar of this module carries static/**,
// which the server serves from classpath:/static/. `npm run dev` proxies the API to a local server.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
});
