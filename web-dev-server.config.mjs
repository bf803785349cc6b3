// `npm start`: serves the demo pages, which load the built bundle exactly as a CMS page would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  appIndex: 'demo/index.html',
  open: false,
};
