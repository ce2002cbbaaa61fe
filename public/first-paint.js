// Competence Matrix, before the app's code has arrived: the page already holds the matrix, once
// per language (the build pre-renders it). This tiny script, loaded in <head> so that it runs
// before the first paint, chooses what the visitor sees first, with the same order of
// preference as the app (src/core/lang.rs, src/core/theme.rs, src/core/embed.rs): the language
// saved in this browser, else the host's `lang`, else the browser's; the colour scheme likewise.
// It also hides the pre-rendered matrix where the app will show something else (a shared link,
// another profile, the designer's draft in its preview), hides the first-visit explanation for a
// returning visitor, and explains a frame the app cannot run in.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var classes = [];
  var saved = null;
  // The embed builder's preview reads nothing of this browser's (src/core/visit/embed.rs).
  var preview = query.has('preview') && query.has('embed') && self !== top;
  try { if (!preview) saved = JSON.parse(localStorage.getItem('competence-matrix') || 'null'); } catch (e) { /* blocked or damaged: the app says so */ }
  // The languages the build shipped (public/locales/languages.json), the first the default.
  var languages = (root.getAttribute('data-languages') || 'en').split(' ');
  var speaks = function (code) {
    var primary = String(code || '').split(/[-_]/)[0].trim().toLowerCase();
    return languages.indexOf(primary) >= 0 ? primary : null;
  };
  var lang = saved && typeof saved === 'object' ? speaks(saved.language) : null;
  lang = lang || speaks(query.get('lang'));
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (var i = 0; !lang && i < preferred.length; i++) lang = speaks(preferred[i]);
  root.lang = lang = lang || languages[0];
  // Only the copy of the pre-rendered page in that language shows; the app fetches its texts,
  // which are asked for now, beside the code.
  try {
    var only = new CSSStyleSheet();
    only.replaceSync('.prerendered[lang="' + lang + '"]{display:block}' +
      '.prerendered:not([lang="' + lang + '"]),.frame-blocked [lang]:not([lang="' + lang + '"]){display:none}');
    document.adoptedStyleSheets = [only];
  } catch (e) { /* a browser without constructed stylesheets shows the English copy (app.css) */ }
  // What the app fetches first is asked for now, beside the code, and handed to the app and the
  // boot script by name (`competenceMatrixEarly.take(url)`, src/web/share.rs): a plain fetch
  // started here, not a `<link rel=preload>`, which WebKit does not hand to a later fetch() and
  // so downloads twice.
  var early = {};
  self.competenceMatrixEarly = {
    take: function (url) { var response = early[url]; delete early[url]; return response; }
  };
  // On a first visit no service worker has the app yet; its install (once the app is up) would
  // download it all again, and WebKit's worker does not find the page's downloads in the HTTP
  // cache. So a copy of each file named after its content that is fetched here is kept in a cache
  // the install takes it from (public/sw.js, FIRST_VISIT).
  var firstVisit = false;
  try {
    firstVisit = !!(self.caches && navigator.serviceWorker && !navigator.serviceWorker.controller);
  } catch (e) { /* an opaque origin (a sandboxed frame) may not even look: nothing is kept */ }
  var named = /(^|\/)(wasm|locales)-[0-9a-f]{16}\//;
  // The profile is kept too: one the page was opened with (`?profile=`) is in no list of the
  // worker's, and would not open offline after this visit otherwise.
  var kept = function (href) { return named.test(href) || /\.json$/.test(href); };
  var keep = function (href, response) {
    if (!firstVisit || !kept(href) || !response.ok) return response;
    var copy = response.clone();
    caches.open('competence-matrix-first-visit')
      .then(function (cache) { return cache.put(href, copy); })
      .catch(function () { /* no room, or no caches here: the install downloads it */ });
    return response;
  };
  var fetchEarly = function (href) {
    if (early[href] || !self.fetch) return;
    early[href] = fetch(href).then(function (response) { return keep(href, response); });
    // Whoever takes it says what went wrong; left alone, a failed fetch is no page error.
    early[href].catch(function () {});
  };
  var wasm = root.getAttribute('data-wasm');
  if (wasm) fetchEarly(wasm);
  if (root.getAttribute('data-locales')) fetchEarly(root.getAttribute('data-locales') + '/' + lang + '.json');
  // The colour scheme, the same way: the one saved, else the host's, else the device's.
  var themes = { light: 1, dark: 1, auto: 1 };
  var theme = saved && typeof saved === 'object' && themes[saved.theme] === 1 ? saved.theme : null;
  theme = theme || (themes[query.get('theme')] === 1 ? query.get('theme') : 'auto');
  if (theme !== 'auto') root.setAttribute('data-theme', theme);
  if (query.has('embed') && !/^(0|false|no)$/.test(query.get('embed'))) classes.push('embedded');
  if (saved && saved.intro_dismissed === true) classes.push('intro-dismissed');
  // The pre-rendered page is the matrix: an address that names another view (a reload, a
  // bookmark: src/core/visit/view.rs) waits for the app instead of flashing the matrix first.
  // The summary stands beside the matrix on a wide screen (SUMMARY_BESIDE_MATRIX, src/ui/screen.rs).
  var view = query.getAll('view').filter(function (name) { return /^(matrix|summary|compare|team|roles|embed)$/.test(name); }).pop() || 'matrix';
  var beside = view === 'summary' && self.matchMedia && matchMedia('(min-width: 100rem)').matches;
  var otherView = view !== 'matrix' && !beside;
  // A designer's preview shows the draft (EmbedOptions::reads_draft), never the shipped profile.
  var draft = preview && query.has('draft');
  if (query.has('profile') || draft || otherView || /^#(share|role)=/.test(location.hash)) classes.push('no-prerender');
  // Another profile is fetched by the app once its code runs; asking for it now, beside the code,
  // saves that wait. Only a plain path to a .json file on this origin (the app checks it again).
  var profile = query.get('profile') || '';
  if (/^[A-Za-z0-9_./-]{1,200}\.json$/.test(profile) && profile.indexOf('//') !== 0 && profile.split('/').indexOf('..') < 0) {
    fetchEarly(profile);
  } else if (!query.has('profile') && !draft) {
    // The default profile (src/ui/app.rs, PROFILE_URL).
    fetchEarly('profiles/ima-msp.json');
  }
  // A frame sandboxed without allow-same-origin has an opaque origin: the app's code (and even
  // its stylesheet, which carries an integrity check) cannot load there, so the page says what
  // to do, in the visitor's language, instead of showing a matrix that does nothing.
  if (self.origin === 'null') {
    classes.push('sandboxed');
    document.addEventListener('DOMContentLoaded', function () {
      document.querySelectorAll('.prerendered, .frame-blocked [lang]:not([lang="' + root.lang + '"])')
        .forEach(function (element) { element.remove(); });
    });
  }
  root.className = classes.join(' ');
})();
