/*
 * Loaded first by every page in test/csp/, as a same-origin classic script (inline scripts are
 * what the policy forbids). Records, from the very start, every Content-Security-Policy
 * violation, uncaught error and console warning in the framed page, for test/csp/csp.test.ts
 * to read:
 *
 *   window.cspReport.violations  one line per `securitypolicyviolation` event on the document
 *   window.cspReport.errors      one line per uncaught error
 *   window.cspReport.warnings    one line per console.warn call (still shown in the console)
 *   window.cspFlush()            a promise that resolves once every violation reported so far
 *                                has been delivered (see below)
 */
'use strict';

window.cspReport = { violations: [], errors: [], warnings: [] };

const warn = console.warn;
console.warn = (...args) => {
  window.cspReport.warnings.push(args.map(String).join(' '));
  warn.apply(console, args);
};

let sentinelCount = 0;
const sentinels = new Map();

document.addEventListener('securitypolicyviolation', (event) => {
  const sentinel = sentinels.get(event.target);
  if (sentinel) {
    sentinels.delete(event.target);
    event.target.remove();
    sentinel();
    return;
  }
  window.cspReport.violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
      (event.sample ? ` "${event.sample}"` : '') +
      (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
  );
});

window.addEventListener('error', (event) => {
  window.cspReport.errors.push(String(event.message || event.error));
});

/**
 * Violations are delivered as events in later tasks, in the order they happened. To know that
 * everything up to now has arrived, cause one known violation (an inline style attribute,
 * which the policy forbids) and wait for its event: the ones before it came first. The sentinel
 * is not recorded.
 */
window.cspFlush = () =>
  new Promise((resolve) => {
    const sentinel = document.createElement('csp-sentinel');
    sentinel.id = `csp-sentinel-${++sentinelCount}`;
    sentinels.set(sentinel, resolve);
    document.body.append(sentinel);
    sentinel.setAttribute('style', 'outline: 0');
  });
