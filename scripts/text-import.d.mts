import type { Plugin } from 'vite';
export function textImport(): Plugin;
