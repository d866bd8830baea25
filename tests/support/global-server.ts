// vitest globalSetup of the "server" project: one local server for all functions and e2e tests.
import type { TestProject } from 'vitest/node';
import { startLocalServer } from './local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    persistDir: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startLocalServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('persistDir', server.persistDir);
  return () => server.stop();
}
