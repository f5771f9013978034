// Packaging stage of the titanic example: the serving image as an OCI image-layout tarball, made in
// JavaScript (no Docker daemon) with the same builder the container-image tests use. It holds the
// application layer the Dockerfile adds (requirements, serve.py, the model) and the Dockerfile's
// runtime settings (non-root user, port, health check); the base image's layers are not included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOciTar } from '../../test/helpers/image-builder.js';

export const IMAGE_REPOSITORY = 'ghcr.io/acme/titanic-serving';

/** Writes the archive; returns the image manifest digest (what a registry would serve it under). */
export async function buildImage(opts: { exampleDir: string; modelText: string; archive: string; tag: string; created: string }): Promise<string> {
  const file = (name: string) => readFileSync(join(opts.exampleDir, name));
  const built = await writeOciTar(opts.archive, {
    created: opts.created,
    repoTags: [`${IMAGE_REPOSITORY}:${opts.tag}`],
    layers: [
      {
        compression: 'gzip',
        files: [
          { path: 'srv/', type: 'directory' },
          { path: 'srv/requirements.txt', content: file('requirements.txt') },
          { path: 'srv/serve.py', content: file('serve.py') },
          { path: 'srv/model/', type: 'directory' },
          { path: 'srv/model/model.json', content: opts.modelText },
        ],
      },
    ],
    history: ['COPY requirements.txt serve.py model/model.json /srv/ # buildkit'],
    config: {
      User: '10001',
      WorkingDir: '/srv',
      ExposedPorts: { '8080/tcp': {} },
      Healthcheck: {
        Test: ['CMD', 'python', '-c', "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health')"],
        Interval: 30_000_000_000,
        Timeout: 3_000_000_000,
      },
      Cmd: ['uvicorn', 'serve:app', '--host', '0.0.0.0', '--port', '8080'],
    },
  });
  return built.manifestDigest!;
}
