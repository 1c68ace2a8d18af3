// Counts Content Security Policy violations on the page and shows the count, so a reader (and the
// example checks) can see that the widgets need no exceptions to a strict policy.
let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  violations++;
  console.error(`CSP-melding: ${event.violatedDirective} (${event.blockedURI || 'inline'})`);
  const report = document.getElementById('csp-report');
  if (report) report.textContent = `CSP-meldingen: ${violations}`;
});
