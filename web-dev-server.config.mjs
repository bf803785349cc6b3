// `npm start`: serves the demo pages, which load the built bundle exactly as a CMS page would,
// on the loopback interface only (see scripts/lib/loopback.mjs).
import { LOOPBACK, loopbackOnly } from './scripts/lib/loopback.mjs';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: LOOPBACK,
  plugins: [loopbackOnly()],
  open: false,
  middleware: [
    // The address `npm start` prints leads to the French demo rather than to a 404.
    function demoIndex(context, next) {
      if (context.path === '/') return context.redirect('/demo/index.html');
      return next();
    },
  ],
};
