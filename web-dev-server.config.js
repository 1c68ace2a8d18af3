/**
 * `npm start`: serves the repository, compressed (Brotli or gzip), so that examples/ can load dist/
 * and the sample feed. Two example pages need the server's help: the React page's script is bundled on request (React ships
 * CommonJS, which a browser cannot import as is), and the strict-CSP page is also sent with its
 * policy as an HTTP header, where browsers enforce directives a <meta> tag cannot carry.
 */
import { bundleReactExample, REACT_EXAMPLE_PREFIX } from './test/tools/react-example.js';
import { compress } from './test/tools/compress.js';

const port = Number(process.env.PORT ?? 8000);

/** The policy of examples/csp.html: the same as its <meta> tag, plus what only a header can say. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  middleware: [
    // Compressed, as a static host serves it, so that what the page costs is measured as it would be.
    compress,
    function openTheDemo(context, next) {
      if (context.url === '/') {
        context.redirect('/examples/');
        return;
      }
      // Browsers ask for it on every page; an empty answer keeps the console free of 404s.
      if (context.path === '/favicon.ico') {
        context.status = 204;
        return;
      }
      return next();
    },
    async function reactExample(context, next) {
      if (!context.path.startsWith(REACT_EXAMPLE_PREFIX)) return next();
      const file = await bundleReactExample(context.path.slice(REACT_EXAMPLE_PREFIX.length));
      if (!file) return next();
      context.type = 'text/javascript';
      context.body = file;
    },
    async function strictCsp(context, next) {
      await next();
      if (context.path === '/examples/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
};
