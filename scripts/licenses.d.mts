import type { Metafile } from 'esbuild';
export declare function isLicenseFile(name: string): boolean;
export declare function bundledPackageDirs(metafile: Pick<Metafile, 'inputs'>): string[];
export declare function licensesText(root: string, packageDirs: string[]): string;
