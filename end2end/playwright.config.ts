import { defineConfig } from '@playwright/test';

// Every flow runs twice: hydrated (JavaScript on) and server-rendered only
// (JavaScript off). The server is started by scripts/e2e.sh on PORT.
const baseURL = process.env.PORTAL_URL ?? 'http://127.0.0.1:3100';
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  workers: 1,
  reporter: [['list']],
  use: { baseURL, launchOptions, screenshot: 'only-on-failure' },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
});
