import { createHash } from 'node:crypto';

/** `sha384-…`: the value of a `<script integrity>` attribute for these bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Where each release's files are served from: the schema's `$id` and README's CDN snippet. */
export const cdnBase = ({ name, version }) => `https://cdn.jsdelivr.net/npm/${name}@${version}`;
