/** `npm start`: serves the repository so that examples/ can load dist/ and the sample feed. */
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  open: false,
  watch: false,
  middleware: [
    function openTheDemo(context, next) {
      if (context.url === '/') {
        context.redirect('/examples/');
        return;
      }
      return next();
    },
  ],
};
