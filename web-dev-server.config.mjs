// `npm start`: serves the demo pages, which load the built bundle exactly as a CMS page would,
// on the loopback interface only (see scripts/lib/loopback.mjs), and renders their cards on the
// server where a page asks for it, as a partner's server would (scripts/lib/server-render.mjs).
import { LOOPBACK, loopbackOnly } from './scripts/lib/loopback.mjs';
import { serverRender } from './scripts/lib/server-render.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: LOOPBACK,
  plugins: [loopbackOnly(), serverRender()],
  open: false,
  middleware: [
    // The address `npm start` prints leads to the French demo rather than to a 404.
    function demoIndex(context, next) {
      if (context.path === '/') return context.redirect('/demo/index.html');
      return next();
    },
  ],
};
