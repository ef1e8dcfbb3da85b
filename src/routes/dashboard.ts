import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { projectFile } from '../paths.js';

/**
 * The dashboard at / (src/dashboard/): a page, its script and style, and uPlot from its npm
 * package, read once at start and served as they are: no build step. The page uses only the
 * public API. Not in the OpenAPI document: it is not part of the API.
 */
const FILES = {
  'dashboard.js': { path: 'src/dashboard/dashboard.js', type: 'text/javascript; charset=utf-8' },
  'dashboard.css': { path: 'src/dashboard/dashboard.css', type: 'text/css; charset=utf-8' },
  'uplot.js': { path: 'node_modules/uplot/dist/uPlot.iife.min.js', type: 'text/javascript; charset=utf-8' },
  'uplot.css': { path: 'node_modules/uplot/dist/uPlot.min.css', type: 'text/css; charset=utf-8' },
} as const;

const dashboard: FastifyPluginAsync = async (app) => {
  const page = readFileSync(projectFile('src/dashboard/index.html'));
  const assets = new Map(Object.entries(FILES).map(([name, file]) => [name, { body: readFileSync(projectFile(file.path)), type: file.type }]));

  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(page));

  app.get<{ Params: { file: string } }>('/dashboard/:file', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets.get(request.params.file);
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('Cache-Control', 'public, max-age=300').send(asset.body);
  });
};

export default dashboard;
