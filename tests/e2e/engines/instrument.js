// Served into every HTML page of the cross-engine journeys (tests/e2e/engines/adapter.mjs), as
// the first script of <head>, so that it runs before the app's: WebKitWebDriver has no way to
// inject a script at start, and none of the three drivers finds elements by role alike.
// - Records what would be a page error: uncaught errors, unhandled rejections, console.error and
//   Content-Security-Policy violations, posted to the test server (`/__test/problem`), which
//   keeps them per test run whatever frame or origin they come from.
// - `window.__find(path)`: the element a screen-reader user would find, by role and accessible
//   name, one step per scope, with testing-library's `getByRole` (appended to this file by the
//   test server).
(function () {
  // Once the page is being left (a reload, a navigation), WebKit rejects the fetches still under
  // way ("TypeError: Load failed"), and code that reports a failed fetch says so as the page
  // goes: no user sees that, so it is not reported.
  var leaving = false;
  var leave = function () { leaving = true; };
  window.addEventListener('beforeunload', leave);
  window.addEventListener('pagehide', leave);
  var report = function (kind, text) {
    if (leaving) return;
    try {
      var body = JSON.stringify({ kind: kind, text: String(text).slice(0, 2000), url: location.href });
      navigator.sendBeacon('/__test/problem', new Blob([body], { type: 'text/plain' }));
    } catch (e) { /* nothing to tell it with */ }
  };
  window.addEventListener('error', function (event) {
    report('uncaught', event.message || (event.error && event.error.message) || 'error');
  });
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    report('unhandled rejection', reason && reason.message ? reason.message : reason);
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    report('csp', event.violatedDirective + ' blocked ' + event.blockedURI);
  });
  var error = console.error;
  console.error = function () {
    report('console error', Array.prototype.map.call(arguments, String).join(' '));
    return error.apply(console, arguments);
  };

  var pattern = function (name) {
    if (name && typeof name === 'object' && 'source' in name) return new RegExp(name.source, name.flags);
    return name;
  };
  // path: [{ role, name, exact }...]; each step is looked for inside the one before. Throws with
  // what was not found, so that the test says it.
  window.__find = function (path, all) {
    var TL = window.TestingLibraryDom;
    var scope = document.body;
    for (var i = 0; i < path.length; i++) {
      var step = path[i];
      var options = { hidden: false };
      if (step.name !== undefined) options.name = pattern(step.name);
      var last = i === path.length - 1;
      var found = TL.queryAllByRole(scope, step.role, options);
      if (last && all) return found;
      if (found.length === 0) return null;
      if (found.length > 1 && !step.first) {
        throw new Error('more than one ' + step.role + ' named ' + String(step.name) + ' (' + found.length + ')');
      }
      scope = found[0];
    }
    return scope;
  };
})();
