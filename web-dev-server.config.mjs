// `npm start` and scripts/serve.mjs: the demo pages load the built bundle as a CMS page would,
// on the loopback interface only, with their cards rendered on the server where a page asks for
// it, as a partner's server would.
import { LOOPBACK, loopbackOnly } from './scripts/lib/loopback.mjs';
import { serverRender } from './scripts/lib/server-render.mjs';

export default {
  rootDir: new URL('.', import.meta.url).pathname,
  port: Number(process.env.PORT ?? 8000),
  hostname: LOOPBACK,
  plugins: [loopbackOnly(), serverRender()],
  middleware: [
    // The address `npm start` prints leads to the French demo rather than to a 404.
    (context, next) => (context.path === '/' ? context.redirect('/demo/index.html') : next()),
  ],
};
