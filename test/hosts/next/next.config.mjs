/** @type {import('next').NextConfig} */
export default {
  // The repository around this app has its own lockfile: without this, Next takes the
  // repository for the app's root and reports it.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};
