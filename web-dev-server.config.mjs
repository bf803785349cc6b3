// `npm start`: serves the demo pages, which load the built bundle exactly as a CMS page would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  open: false,
  middleware: [
    // The address `npm start` prints leads to the French demo rather than to a 404.
    function demoIndex(context, next) {
      if (context.path === '/') return context.redirect('/demo/index.html');
      return next();
    },
  ],
};
